namespace Consortium.Practice.Staff.Import;

/// <summary>
/// Checks every row of an HR file against the directory as it is and works out what importing it would do. A person is
/// known by their sign-in name: a name the directory has is an update of that record, any other is a new record. A
/// column the file does not have leaves that detail of existing records as it is; an empty cell clears it.
/// </summary>
internal sealed class HrPlanner(IReadOnlyList<StaffRecord> existing, IReadOnlyList<Team> teams, DateOnly today)
{
    private readonly Dictionary<string, StaffRecord> _bySignIn = existing.ToDictionary(s => s.SignInName);
    private readonly Dictionary<string, Team> _teamsByName = teams.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Team> _newTeams = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<HrProblem> _problems = [];

    public HrPlan Plan(HrFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Problems.Count > 0)
        {
            return Refused(file.Problems);
        }

        var ids = IdsOf(file.Rows);
        var rows = file.Rows.Select(row => (Row: row, Id: ids.GetValueOrDefault(Key(row)), Details: Details(row, file, ids))).ToList();
        CheckManagementChains(rows.Where(r => r.Details is not null).Select(r => (r.Row, r.Id, r.Details!)).ToList());
        if (_problems.Count > 0)
        {
            return Refused([.. _problems.OrderBy(p => p.Row).ThenBy(p => ColumnOrder(p.Column))]);
        }

        return Changes(rows.Select(r => (r.Row, r.Id, r.Details!)).ToList(), file.Rows.Select(Key).ToHashSet());
    }

    /// <summary>Each person's record id (existing, or new), and a problem for a sign-in name on more than one row.</summary>
    private Dictionary<string, Guid> IdsOf(IReadOnlyList<HrRow> rows)
    {
        var ids = new Dictionary<string, Guid>();
        var firstRow = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            var key = Key(row);
            if (key.Length == 0)
            {
                continue;
            }

            if (firstRow.TryGetValue(key, out var first))
            {
                _problems.Add(new(row.Row, HrColumns.SignInName.Heading, $"The same sign-in name is on row {first}: each person must have one row"));
                continue;
            }

            firstRow[key] = row.Row;
            ids[key] = _bySignIn.TryGetValue(key, out var record) ? record.Id : Guid.NewGuid();
        }

        return ids;
    }

    /// <summary>The row as staff details, starting from the existing record where there is one; null with problems added when it cannot be.</summary>
    private StaffDetails? Details(HrRow row, HrFile file, Dictionary<string, Guid> ids)
    {
        var before = _problems.Count;
        var has = file.Columns.ToHashSet();
        var key = Key(row);
        var details = _bySignIn.TryGetValue(key, out var record) ? StaffDetails.Of(record) : new StaffDetails();
        var unparsed = new HashSet<string>();
        details = details with
        {
            GivenName = row[HrColumns.FirstName] ?? details.GivenName,
            FamilyName = row[HrColumns.LastName] ?? details.FamilyName,
            SignInName = row[HrColumns.SignInName] ?? details.SignInName,
            Role = row[HrColumns.Role] ?? details.Role,
            JobTitle = row[HrColumns.JobTitle] ?? details.JobTitle,
            RegistrationNumber = has.Contains(HrColumns.Registration) ? HrCell.Text(row[HrColumns.Registration]) : details.RegistrationNumber,
            Employment = row[HrColumns.Employment] ?? details.Employment,
            TeamId = has.Contains(HrColumns.Team) ? TeamFor(row) : details.TeamId,
            ManagerId = has.Contains(HrColumns.Manager) ? ManagerFor(row, ids) : details.ManagerId,
            StartDate = Date(row, HrColumns.StartDate, details.StartDate, unparsed),
            EndDate = has.Contains(HrColumns.LeavingDate) ? Date(row, HrColumns.LeavingDate, null, unparsed) : details.EndDate,
            Fte = Fte(row, details.Fte, unparsed),
        };
        foreach (var error in details.Validate().Where(e => !unparsed.Contains(e.Field)))
        {
            _problems.Add(new(row.Row, HrColumns.ForField(error.Field).Heading, error.Message));
        }

        return _problems.Count == before ? details : null;
    }

    private Guid? TeamFor(HrRow row)
    {
        var name = HrCell.Text(row[HrColumns.Team]);
        if (name is null)
        {
            return null;
        }

        if (name.Length > TeamDetails.NameLength)
        {
            _problems.Add(new(row.Row, HrColumns.Team.Heading, $"Team name must be {TeamDetails.NameLength} characters or fewer"));
            return null;
        }

        if (_teamsByName.TryGetValue(name, out var team) || _newTeams.TryGetValue(name, out team))
        {
            return team.Id;
        }

        var created = new Team { Name = name };
        _newTeams[name] = created;
        return created.Id;
    }

    private Guid? ManagerFor(HrRow row, Dictionary<string, Guid> ids)
    {
        var manager = StaffDetails.NormalisedSignInName(row[HrColumns.Manager]);
        if (manager.Length == 0)
        {
            return null;
        }

        if (manager == Key(row))
        {
            _problems.Add(new(row.Row, HrColumns.Manager.Heading, "A person cannot be their own manager"));
            return null;
        }

        if (ids.TryGetValue(manager, out var id))
        {
            return id;
        }

        if (_bySignIn.TryGetValue(manager, out var record))
        {
            return record.Id;
        }

        _problems.Add(new(row.Row, HrColumns.Manager.Heading, "Nobody in the file or the directory has this sign-in name"));
        return null;
    }

    private DateOnly? Date(HrRow row, HrColumn column, DateOnly? existing, HashSet<string> unparsed)
    {
        var text = row[column];
        if (text is null)
        {
            return existing;
        }

        if (HrCell.TryDate(text, out var date))
        {
            return date;
        }

        unparsed.Add(column.Field);
        _problems.Add(new(row.Row, column.Heading, "Enter a real date, like 2024-04-01 or 01/04/2024"));
        return null;
    }

    private decimal? Fte(HrRow row, decimal? existing, HashSet<string> unparsed)
    {
        var text = row[HrColumns.Fte];
        if (text is null)
        {
            return existing;
        }

        if (HrCell.TryFte(text, out var fte))
        {
            return fte;
        }

        unparsed.Add(HrColumns.Fte.Field);
        _problems.Add(new(row.Row, HrColumns.Fte.Heading, "FTE must be a number more than 0 and no more than 1, like 1 or 0.6"));
        return null;
    }

    /// <summary>No one may end up managing themselves through others, counting the file and the records it leaves alone.</summary>
    private void CheckManagementChains(List<(HrRow Row, Guid Id, StaffDetails Details)> rows)
    {
        var managers = existing.ToDictionary(s => s.Id, s => s.ManagerId);
        foreach (var (_, id, details) in rows)
        {
            managers[id] = details.ManagerId;
        }

        foreach (var (row, id, details) in rows)
        {
            if (details.ManagerId is { } manager && ManagementChain.LeadsBackTo(id, manager, m => managers.GetValueOrDefault(m)))
            {
                _problems.Add(new(row.Row, HrColumns.Manager.Heading, "This manager is managed, directly or through others, by this person"));
            }
        }
    }

    private HrPlan Changes(List<(HrRow Row, Guid Id, StaffDetails Details)> rows, HashSet<string> inFile)
    {
        var teamNames = _teamsByName.Values.Concat(_newTeams.Values).ToDictionary(t => t.Id, t => t.Name);
        var staffNames = existing.ToDictionary(s => s.Id, s => s.FullName);
        foreach (var (_, id, details) in rows)
        {
            staffNames[id] = $"{details.GivenName!.Trim()} {details.FamilyName!.Trim()}";
        }

        string Team(Guid? id) => id is { } t ? teamNames.GetValueOrDefault(t, "none") : "none";
        string Person(Guid? id) => id is { } s ? staffNames.GetValueOrDefault(s, "none") : "none";
        var adds = new List<HrChange>();
        var updates = new List<HrChange>();
        var leavers = new List<HrChange>();
        var newRecords = new List<StaffRecord>();
        var changed = new List<(StaffRecord, StaffDetails, IReadOnlyList<string>)>();
        var unchanged = 0;
        foreach (var (row, id, details) in rows)
        {
            var after = new StaffRecord { Id = id };
            details.ApplyTo(after);
            if (!_bySignIn.TryGetValue(after.SignInName, out var record))
            {
                newRecords.Add(after);
                adds.Add(new HrChange(row.Row, after.FullName, after.SignInName, [$"{after.JobTitle}, {Team(after.TeamId)}"]));
                continue;
            }

            var lines = DirectoryDescription.Changes(DirectoryDescription.Of(record, Team, Person), DirectoryDescription.Of(after, Team, Person));
            if (lines.Count == 0)
            {
                unchanged++;
                continue;
            }

            changed.Add((record, details, lines));
            var change = new HrChange(row.Row, after.FullName, after.SignInName, lines);
            (after.EndDate is not null && after.EndDate != record.EndDate ? leavers : updates).Add(change);
        }

        var notInFile = existing.Count(s => !inFile.Contains(s.SignInName) && !s.HasLeftBy(today));
        var preview = new HrPreview([], adds, updates, leavers, [.. _newTeams.Values.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase)], unchanged, notInFile);
        return new HrPlan(preview, [.. _newTeams.Values], newRecords, changed);
    }

    private static int ColumnOrder(string? heading) => heading is null ? -1 : HrColumns.All.Select(c => c.Heading).ToList().IndexOf(heading);

    private static string Key(HrRow row) => StaffDetails.NormalisedSignInName(row[HrColumns.SignInName]);

    private static HrPlan Refused(IReadOnlyList<HrProblem> problems) => new(new HrPreview(problems, [], [], [], [], 0, 0), [], [], []);
}
