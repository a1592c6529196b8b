using System.Globalization;
using SkiaSharp;

namespace Consortium.Reports.Word;

/// <summary>
/// A report chart drawn as a PNG for the Word document (the page draws the same figures as SVG): axes from zero, each
/// series a line with dots at its values, broken where a period has none, and the periods along the bottom. SkiaSharp,
/// with its Linux native assets, is already what the product draws pictures with.
/// </summary>
public static class ChartImage
{
    public const int Width = 1200;
    public const int Height = 560;
    private const int Left = 90;
    private const int Right = 30;
    private const int Top = 30;
    private const int Bottom = 90;

    public static readonly SKColor LineColour = new(0x1d, 0x70, 0xb8);
    private static readonly SKColor[] Colours = [LineColour, new(0xd4, 0x35, 0x1c), new(0x00, 0x70, 0x3c), new(0x4c, 0x2c, 0x92)];

    public static byte[] Png(ReportChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        var max = chart.Series.SelectMany(s => s.Values).OfType<double>().DefaultIfEmpty(0).Max() is > 0 and var top ? top * 1.1 : 1;
        double X(int i) => chart.Periods.Count <= 1 ? Left + ((Width - Left - Right) / 2.0) : Left + (i * (Width - Left - Right) / (double)(chart.Periods.Count - 1));
        double Y(double v) => Top + ((1 - (v / max)) * (Height - Top - Bottom));

        using var font = new SKFont(SKTypeface.Default, 20);
        using var ink = new SKPaint { Color = new SKColor(0x0b, 0x0c, 0x0c), IsAntialias = true, StrokeWidth = 2 };
        using var grid = new SKPaint { Color = new SKColor(0xb1, 0xb4, 0xb6), StrokeWidth = 1 };
        for (var step = 0; step <= 4; step++)
        {
            var value = max * step / 4;
            var y = (float)Y(value);
            canvas.DrawLine(Left, y, Width - Right, y, grid);
            canvas.DrawText(value.ToString("0.#", CultureInfo.InvariantCulture), Left - 10, y + 7, SKTextAlign.Right, font, ink);
        }

        canvas.DrawLine(Left, Top, Left, Height - Bottom, ink);
        canvas.DrawLine(Left, Height - Bottom, Width - Right, Height - Bottom, ink);
        var every = Math.Max(1, (int)Math.Ceiling(chart.Periods.Count / 8.0));
        for (var i = 0; i < chart.Periods.Count; i += every)
        {
            canvas.DrawText(chart.Periods[i], (float)X(i), Height - Bottom + 30, SKTextAlign.Center, font, ink);
        }

        for (var s = 0; s < chart.Series.Count; s++)
        {
            using var line = new SKPaint { Color = Colours[s % Colours.Length], StrokeWidth = 4, IsAntialias = false, Style = SKPaintStyle.Stroke };
            using var dot = new SKPaint { Color = Colours[s % Colours.Length], IsAntialias = false, Style = SKPaintStyle.Fill };
            var values = chart.Series[s].Values;
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is not { } value)
                {
                    continue;
                }

                if (i > 0 && values[i - 1] is { } before)
                {
                    canvas.DrawLine((float)X(i - 1), (float)Y(before), (float)X(i), (float)Y(value), line);
                }

                canvas.DrawCircle((float)X(i), (float)Y(value), 6, dot);
            }

            canvas.DrawText(chart.Series[s].Name, Left + (s * 400), Height - 20, SKTextAlign.Left, font, dot);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
