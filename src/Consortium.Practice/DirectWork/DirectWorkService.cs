using Consortium.Practice.Outcomes;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Documents;
using Consortium.Practice.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.DirectWork;

/// <summary>
/// Records direct work with its uploaded artefacts. Every file is checked (size from the authority's policy,
/// type from its bytes) before anything is stored; if storing the record fails, the files already stored are
/// deleted, so a failed upload leaves neither a record nor a file behind.
/// </summary>
public sealed class DirectWorkService(
    PracticeDbContext db,
    IDocumentStore documents,
    DocumentUploadValidator validator,
    ThumbnailCache thumbnails,
    IOptionsSnapshot<PracticePolicy> policy,
    TimeProvider clock)
{
    public const int MaxFiles = 5;

    public async Task<IReadOnlyList<DirectWorkRecord>> ForChildAsync(Guid childId, CancellationToken cancellationToken = default) =>
        await db.DirectWork.AsNoTracking().Where(d => d.ChildId == childId).OrderByDescending(d => d.DoneOn).ToListAsync(cancellationToken);

    /// <summary>The direct work recorded as having informed a map, earliest first; the caller has opened the map.</summary>
    public async Task<IReadOnlyList<DirectWorkRecord>> InformingAsync(Guid mapId, CancellationToken cancellationToken = default) =>
        await db.DirectWork.AsNoTracking().Where(d => d.InformedMapId == mapId).OrderBy(d => d.DoneOn).ToListAsync(cancellationToken);

    public async Task<Outcome<DirectWorkRecord>> RecordAsync(Guid caseId, DirectWorkInput input, IReadOnlyList<IncomingFile> files, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(who);
        if (await db.OpenableCaseAsync(caseId, who, cancellationToken) is not var (child, _))
        {
            return new Failure.NotFound("case");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var problems = input.Validate(today).ToList();
        if (input.InformedMapId is { } mapId && !await db.SafetyMaps.AnyAsync(m => m.Id == mapId && m.CaseId == caseId, cancellationToken))
        {
            problems.Add(new(nameof(DirectWorkInput.InformedMapId), "Choose a map of this case"));
        }

        if (files.Count > MaxFiles)
        {
            problems.Add(new("Files", $"Upload at most {MaxFiles} files at a time"));
        }

        var accepted = new List<(IncomingFile File, DocumentUploadResult Check)>();
        var maxBytes = policy.Value.Documents.MaxUploadMegabytes * 1024L * 1024L;
        foreach (var file in files.Take(MaxFiles))
        {
            if (file.FileName is { } name && (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal)))
            {
                // Browsers send a bare name; a folder in it means a crafted request.
                problems.Add(new("Files", "The selected file's name must not include a folder"));
                continue;
            }

            var check = validator.Validate(file.FileName, file.ContentType, await FirstBytes(file, cancellationToken), file.Length, maxBytes);
            if (check.IsValid)
            {
                accepted.Add(new(file, check));
            }
            else
            {
                problems.AddRange(check.Problems.Select(p => new FieldError("Files", p)));
            }
        }

        if (problems.Count > 0)
        {
            return new Failure.Invalid(problems);
        }

        var stored = new List<DirectWorkDocument>();
        try
        {
            foreach (var (file, check) in accepted)
            {
                await using var content = file.Open();
                var blob = await documents.SaveAsync(db.Tenant, content, check.ContentType!, cancellationToken);
                stored.Add(new DirectWorkDocument { BlobName = blob, FileName = check.FileName!, ContentType = check.ContentType!, Length = file.Length });
            }

            var now = clock.GetUtcNow();
            var work = new DirectWorkRecord
            {
                ChildId = child.Id,
                CaseId = caseId,
                Tool = input.Tool!.Value,
                DoneOn = input.DoneOn!.Value,
                Worker = who.Name,
                ChildsWords = input.IsThreeHouses ? input.HousesAsOneText() : input.ChildsWords!.Trim(),
                WorriesWords = input.IsThreeHouses ? (input.WorriesWords ?? "").Trim() : "",
                GoodThingsWords = input.IsThreeHouses ? (input.GoodThingsWords ?? "").Trim() : "",
                DreamsWords = input.IsThreeHouses ? (input.DreamsWords ?? "").Trim() : "",
                ChildConsent = input.ChildConsent!.Value,
                ParentConsent = input.ParentConsent!.Value,
                SharedWith = (input.SharedWith ?? "").Trim(),
                InformedMapId = input.InformedMapId,
                ExplainedWorries = input.ExplainedWorries ?? ChildViewAnswer.NotAsked,
                StoryHelped = input.StoryHelped ?? ChildViewAnswer.NotAsked,
                PlanMakesSafe = input.PlanMakesSafe ?? ChildViewAnswer.NotAsked,
                ChildViewWords = (input.ChildViewWords ?? "").Trim(),
                Documents = stored,
                RecordedAt = now,
            };
            db.DirectWork.Add(work);
            AccessLogWriter.Add(db, child.Id, who, AccessAction.Created, "direct work", work.Id, now);
            await db.SaveChangesAsync(cancellationToken);
            return work;
        }
        catch
        {
            foreach (var document in stored)
            {
                await documents.DeleteAsync(db.Tenant, document.BlobName, CancellationToken.None);
            }

            throw;
        }
    }

    /// <summary>One artefact of one piece of direct work, if it belongs to it and the person may open the child's record.</summary>
    public async Task<OpenedDocument?> OpenDocumentAsync(Guid directWorkId, string blobName, StaffMember who, CancellationToken cancellationToken = default)
    {
        if (await FindOpenableAsync(directWorkId, blobName, who, cancellationToken) is not var (work, document, childId))
        {
            return null;
        }

        var content = await documents.OpenReadAsync(db.Tenant, document.BlobName, cancellationToken);
        if (content is null)
        {
            return null;
        }

        await LogViewAsync(childId, who, "document", work.Id, cancellationToken);
        return new OpenedDocument(content, document.FileName, document.ContentType);
    }

    /// <summary>
    /// A small picture of one drawing (a PNG or JPEG artefact), under the same checks as the document itself and
    /// written to the child's access log as a view of it; null where the document could not be opened or is not a picture.
    /// </summary>
    public async Task<OpenedDocument?> OpenThumbnailAsync(Guid directWorkId, string blobName, StaffMember who, CancellationToken cancellationToken = default)
    {
        if (await FindOpenableAsync(directWorkId, blobName, who, cancellationToken) is not var (work, document, childId) || !DrawingThumbnail.CanMake(document.ContentType))
        {
            return null;
        }

        var thumbnail = await thumbnails.GetOrMakeAsync(db.Tenant, document.BlobName, ct => documents.OpenReadAsync(db.Tenant, document.BlobName, ct), cancellationToken);
        if (thumbnail is null)
        {
            return null;
        }

        await LogViewAsync(childId, who, "document thumbnail", work.Id, cancellationToken);
        return new OpenedDocument(new MemoryStream(thumbnail, writable: false), Path.ChangeExtension(document.FileName, null) + " (thumbnail).jpg", DrawingThumbnail.ContentType);
    }

    /// <summary>The record and its document, if the document belongs to it and the person may open the child's record (restricted records included).</summary>
    private async Task<(DirectWorkRecord Work, DirectWorkDocument Document, Guid ChildId)?> FindOpenableAsync(Guid directWorkId, string blobName, StaffMember who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var work = await db.DirectWork.AsNoTracking().FirstOrDefaultAsync(d => d.Id == directWorkId, cancellationToken);
        var document = work?.Documents.FirstOrDefault(d => d.BlobName == blobName);
        var child = work is null ? null : await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == work.ChildId, cancellationToken);
        return work is null || document is null || child is null || !child.MayBeOpenedBy(who) ? null : (work, document, child.Id);
    }

    private async Task LogViewAsync(Guid childId, StaffMember who, string what, Guid workId, CancellationToken cancellationToken)
    {
        AccessLogWriter.Add(db, childId, who, AccessAction.Viewed, what, workId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<byte[]> FirstBytes(IncomingFile file, CancellationToken cancellationToken)
    {
        var buffer = new byte[DocumentUploadValidator.SignatureLength];
        await using var stream = file.Open();
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return buffer[..read];
    }
}
