using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Consortium.Reports.Word;

/// <summary>A PNG added to the document as an inline picture, with its description as alternative text.</summary>
internal static class WordPicture
{
    /// <summary>The picture's paragraph; <paramref name="id"/> must be unique in the document.</summary>
    public static Paragraph Inline(MainDocumentPart main, byte[] png, int widthPixels, int heightPixels, uint id, string name, string description)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            part.FeedData(stream);
        }

        var relationship = main.GetIdOfPart(part);
        // Printed 16 cm wide (the page's text width is 17 cm), keeping the picture's proportions.
        const long width = 5760000;
        var height = width * heightPixels / widthPixels;
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = width, Cy = height },
            new Wp.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Wp.DocProperties { Id = id, Name = name, Description = description },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(
                        new Pic.NonVisualDrawingProperties { Id = 0U, Name = $"{name}.png", Description = description },
                        new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = width, Cy = height }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };
        return new Paragraph(new Run(new Drawing(inline)));
    }
}
