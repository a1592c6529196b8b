using SkiaSharp;

namespace Consortium.Practice.Documents;

/// <summary>
/// Scales a photo or scan of a drawing (PNG or JPEG) down to a small JPEG, turned upright as the camera recorded it.
/// Re-encoding keeps only the pixels: the original's metadata (a phone's location, its make) is not copied.
/// </summary>
public static class DrawingThumbnail
{
    /// <summary>The longest side of a thumbnail, in pixels: twice the width the pages show it at, for sharp screens.</summary>
    public const int LongestSide = 320;

    /// <summary>A larger picture is not decoded (a crafted file can claim enormous dimensions); its page shows a link instead.</summary>
    public const long MaxSourcePixels = 100_000_000;

    public const string ContentType = "image/jpeg";

    /// <summary>Whether a document of this type can have a thumbnail.</summary>
    public static bool CanMake(string contentType) => contentType is "image/png" or "image/jpeg";

    /// <summary>The thumbnail as JPEG bytes, or null when the content is not a picture that can be read.</summary>
    public static byte[]? Make(ReadOnlySpan<byte> content)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0 || (long)codec.Info.Width * codec.Info.Height > MaxSourcePixels)
        {
            return null;
        }

        // JPEG decodes at 1/2, 1/4 or 1/8 of its size directly, so a large photo is never held at full size.
        var scale = Math.Min(1f, (float)LongestSide / Math.Max(codec.Info.Width, codec.Info.Height));
        var decodedSize = codec.GetScaledDimensions(scale);
        using var decoded = SKBitmap.Decode(codec, codec.Info.WithSize(decodedSize.Width, decodedSize.Height).WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Premul));
        if (decoded is null)
        {
            return null;
        }

        var fit = Math.Min(1f, (float)LongestSide / Math.Max(decoded.Width, decoded.Height));
        var (width, height) = (Math.Max(1, (int)Math.Round(decoded.Width * fit)), Math.Max(1, (int)Math.Round(decoded.Height * fit)));
        var turned = codec.EncodedOrigin is SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom or SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightBottom;
        var (outWidth, outHeight) = turned ? (height, width) : (width, height);
        using var surface = SKSurface.Create(new SKImageInfo(outWidth, outHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (surface is null)
        {
            return null;
        }

        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White); // a transparent drawing on white, as on paper (JPEG has no transparency)
        canvas.SetMatrix(Upright(codec.EncodedOrigin, outWidth, outHeight));
        using (var image = SKImage.FromBitmap(decoded))
        {
            canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        canvas.Flush();
        using var snapshot = surface.Snapshot();
        using var encoded = snapshot.Encode(SKEncodedImageFormat.Jpeg, 82);
        return encoded?.ToArray();
    }

    /// <summary>The transform that draws a picture stored as <paramref name="origin"/> upright on a canvas of the given size.</summary>
    private static SKMatrix Upright(SKEncodedOrigin origin, int width, int height) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, width, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, width, -1, 0, height, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, height, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
