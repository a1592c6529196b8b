namespace Consortium.Practice.Audits;

/// <summary>Which audits not graded worst go to moderation: a share chosen by each audit's id, so the choice is fixed and fair.</summary>
public static class ModerationDraw
{
    public static bool Chosen(Guid auditId, int percent)
    {
        Span<byte> bytes = stackalloc byte[16];
        auditId.TryWriteBytes(bytes);
        return BitConverter.ToUInt32(bytes[..4]) % 100 < (uint)Math.Clamp(percent, 0, 100);
    }
}
