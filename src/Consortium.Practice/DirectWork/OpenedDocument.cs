using Consortium.Practice.Outcomes;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Documents;
using Consortium.Practice.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.DirectWork;

public sealed record OpenedDocument(Stream Content, string FileName, string ContentType);
