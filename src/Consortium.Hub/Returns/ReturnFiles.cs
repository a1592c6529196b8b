using System.Globalization;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Comparison;
using Consortium.Hub.Data;
using Consortium.Hub.Export;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Returns;

/// <summary>A return's two files: the tidy data and its metadata.</summary>
public sealed record ReturnFiles(string DataFileName, CsvTable Data, string MetadataFileName, CsvTable Metadata);
