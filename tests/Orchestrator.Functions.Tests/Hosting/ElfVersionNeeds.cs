using System.Buffers.Binary;
using System.Text;

namespace Orchestrator.Functions.Tests.Hosting;

/// <summary>
/// Reads the symbol versions an ELF64 little-endian executable needs from its shared libraries:
/// the <c>.gnu.version_r</c> section (type SHT_GNU_verneed), which is what the dynamic loader
/// checks at start and what <c>readelf -V</c> prints as "Version needs".
/// </summary>
/// <remarks>Layouts from the ELF spec and the LSB (Elf64_Shdr, Elf64_Verneed, Elf64_Vernaux).</remarks>
public static class ElfVersionNeeds
{
    private const uint ShtGnuVerneed = 0x6ffffffe;

    /// <summary>Every (library, version) pair the file needs, e.g. ("libc.so.6", "GLIBC_2.34").</summary>
    public static IReadOnlyList<(string File, string Version)> Read(byte[] elf)
    {
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
        {
            throw new InvalidDataException("Not an ELF file (no \\x7fELF magic).");
        }

        if (elf[4] != 2 || elf[5] != 1)
        {
            throw new InvalidDataException($"Only ELF64 little-endian is read; class {elf[4]}, data {elf[5]}.");
        }

        var sectionsAt = (int)U64(elf, 0x28);
        var sectionSize = U16(elf, 0x3A);
        var sectionCount = U16(elf, 0x3C);
        var needs = new List<(string, string)>();
        for (var i = 0; i < sectionCount; i++)
        {
            var header = sectionsAt + (i * sectionSize);
            if (U32(elf, header + 4) != ShtGnuVerneed)
            {
                continue;
            }

            var offset = (int)U64(elf, header + 24);
            var entries = U32(elf, header + 44);
            var strings = (int)U64(elf, sectionsAt + ((int)U32(elf, header + 40) * sectionSize) + 24);
            var need = offset;
            for (var n = 0; n < entries; n++)
            {
                var file = CString(elf, strings + (int)U32(elf, need + 4));
                var aux = need + (int)U32(elf, need + 8);
                for (var a = 0; a < U16(elf, need + 2); a++)
                {
                    needs.Add((file, CString(elf, strings + (int)U32(elf, aux + 8))));
                    aux += (int)U32(elf, aux + 12);
                }

                need += (int)U32(elf, need + 12);
            }
        }

        return needs;
    }

    /// <summary>The highest <c>GLIBC_x.y[.z]</c> version needed, or null when none is
    /// (GLIBC_PRIVATE and other non-numeric names are ignored).</summary>
    public static Version? MaxGlibc(IEnumerable<(string File, string Version)> needs) =>
        needs.Select(n => n.Version.StartsWith("GLIBC_", StringComparison.Ordinal)
                && Version.TryParse(n.Version["GLIBC_".Length..], out var v) ? v : null)
            .Where(v => v is not null)
            .Max();

    private static ushort U16(byte[] b, int at) => BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(at));

    private static uint U32(byte[] b, int at) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at));

    private static ulong U64(byte[] b, int at) => BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(at));

    private static string CString(byte[] b, int at) => Encoding.ASCII.GetString(b, at, Array.IndexOf(b, (byte)0, at) - at);
}
