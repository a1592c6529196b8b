using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Staff;
using Consortium.Practice.Tests.Casework;
using Consortium.Practice.Tests.Staff;
using Consortium.Practice.Workforce.Leadership;
using Consortium.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Workforce.Leadership;

/// <summary>The practice leaders register and the sessions they hold, over real authority databases.</summary>
public sealed class PracticeLeadershipTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
    private readonly PracticeTestHost _host = new();
    private TenantInfo _brent = null!;
    private TenantInfo _bristol = null!;

    public async Task InitializeAsync()
    {
        _brent = await _host.ProvisionedAsync("brent");
        _bristol = await _host.ProvisionedAsync("bristol");
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private Task<StaffRecord> PersonAsync(TenantInfo tenant, string name) =>
        StaffExamples.AddAsync(_host, tenant, StaffExamples.Details($"{name}@{tenant.Identifier}.gov.uk", given: name) with { StartDate = Today.AddYears(-2) });

    private Task<T> Leaders<T>(TenantInfo tenant, Func<PracticeLeaders, Task<T>> work) => _host.As(tenant, sp => work(sp.GetRequiredService<PracticeLeaders>()));

    private Task<T> Sessions<T>(TenantInfo tenant, Func<PracticeSessions, Task<T>> work) => _host.As(tenant, sp => work(sp.GetRequiredService<PracticeSessions>()));

    private async Task<StaffRecord> LeaderAsync(TenantInfo tenant, string name, DateOnly from)
    {
        var person = await PersonAsync(tenant, name);
        Assert.True((await Leaders(tenant, l => l.AddAsync(person.Id, from, null, "admin"))).IsDone);
        return person;
    }

    private async Task<CaseRecord> CaseAsync(TenantInfo tenant, StaffMember who) =>
        (await _host.As(tenant, sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral(), who))).Value!;

    private async Task RestrictToManagerAsync(CaseRecord record) =>
        Assert.True((await _host.As(_brent, async sp =>
        {
            var casework = sp.GetRequiredService<CaseworkService>();
            var child = (await casework.OpenChildAsync(record.ChildId, Mo)).Child!;
            return await casework.RestrictAsync(child.Id, true, [Mo.Subject], child.ConcurrencyToken, Mo);
        })).IsDone);

    private static SessionInput Session(Guid leader, DateOnly date, string cases = "", params Guid[] attendees) =>
        new() { Kind = SessionKind.GroupSupervision, Date = date, LeaderId = leader, AttendeeIds = [.. attendees], CaseReferences = cases };

    [Fact]
    public async Task A_term_on_the_register_cannot_overlap_another_of_the_same_person_and_ends_once()
    {
        var lee = await PersonAsync(_brent, "lee");
        var term = (await Leaders(_brent, l => l.AddAsync(lee.Id, Today.AddYears(-1), null, "admin"))).Value!;

        var overlapping = (await Leaders(_brent, l => l.AddAsync(lee.Id, Today.AddMonths(-1), Today.AddMonths(1), "admin"))).Errors();
        var backwards = (await Leaders(_brent, l => l.EndAsync(term.Id, Today.AddYears(-2)))).Errors();
        var ended = await Leaders(_brent, l => l.EndAsync(term.Id, Today.AddDays(-1)));
        var again = await Leaders(_brent, l => l.EndAsync(term.Id, Today));
        var later = await Leaders(_brent, l => l.AddAsync(lee.Id, Today.AddMonths(1), null, "admin"));

        Assert.Equal("From", Assert.Single(overlapping).Field);
        Assert.Equal("Until", Assert.Single(backwards).Field);
        Assert.True(ended.IsDone);
        again.Refused();
        Assert.True(later.IsDone);
        var register = await Leaders(_brent, l => l.RegisterAsync());
        Assert.Equal([(Today.AddYears(-1), Today.AddDays(-1), false), (Today.AddMonths(1), (DateOnly?)null, false)],
            register.Where(r => r.StaffId == lee.Id).Select(r => (r.From, r.Until, r.Serving)).OrderBy(r => r.From).ToArray());
        Assert.False(await Leaders(_brent, l => l.ServedOnAsync(lee.Id, Today)));
        Assert.True(await Leaders(_brent, l => l.ServedOnAsync(lee.Id, Today.AddDays(-1))));
    }

    [Fact]
    public async Task A_session_needs_a_leader_serving_on_its_day_attendees_of_this_authority_and_cases_the_recorder_can_open()
    {
        var lee = await LeaderAsync(_brent, "lee", Today.AddMonths(-6));
        var ann = await PersonAsync(_brent, "ann");
        var bristolPerson = await PersonAsync(_bristol, "bob");
        var open = await CaseAsync(_brent, Priya);
        var restricted = await CaseAsync(_brent, Priya);
        await RestrictToManagerAsync(restricted);
        var bristolCase = await CaseAsync(_bristol, new("bristol-practitioner", "Bo", "Team", new HashSet<StaffRole> { StaffRole.Practitioner }));

        var beforeTerm = (await Sessions(_brent, s => s.RecordAsync(Session(lee.Id, Today.AddMonths(-7), "", ann.Id), Priya))).Errors();
        var future = (await Sessions(_brent, s => s.RecordAsync(Session(lee.Id, Today.AddDays(1), "", ann.Id), Priya))).Errors();
        var outsider = (await Sessions(_brent, s => s.RecordAsync(Session(lee.Id, Today, "", ann.Id, bristolPerson.Id), Priya))).Errors();
        var otherAuthoritysCase = (await Sessions(_brent, s => s.RecordAsync(Session(lee.Id, Today, bristolCase.Reference, ann.Id), Priya))).Errors();
        var hiddenCase = (await Sessions(_brent, s => s.RecordAsync(Session(lee.Id, Today, $"{open.Reference}, {restricted.Reference}", ann.Id), Priya))).Errors();
        var saved = await Sessions(_brent, s => s.RecordAsync(Session(lee.Id, Today, $"{open.Reference.ToLowerInvariant()}\n{restricted.Reference}", ann.Id), Mo));

        Assert.Contains(beforeTerm, e => e.Field == "LeaderId");
        Assert.Contains(future, e => e.Field == "Date");
        Assert.Equal("AttendeeIds", Assert.Single(outsider).Field);
        Assert.Equal($"No case you can open has the reference {bristolCase.Reference}: check the case references", Assert.Single(otherAuthoritysCase).Message);
        Assert.Equal($"No case you can open has the reference {restricted.Reference}: check the case references", Assert.Single(hiddenCase).Message);
        Assert.Equal([open.Id, restricted.Id], saved.Value!.CaseIds);
        Assert.Equal(1, await _host.As(_brent, sp => sp.GetRequiredService<PracticeDbContext>().PracticeSessions.CountAsync()));
    }

    [Fact]
    public async Task A_restricted_cases_reference_is_shown_only_to_staff_who_may_open_it_and_another_authority_sees_no_session()
    {
        var lee = await LeaderAsync(_brent, "lee", Today.AddMonths(-6));
        var ann = await PersonAsync(_brent, "ann");
        var open = await CaseAsync(_brent, Priya);
        var restricted = await CaseAsync(_brent, Priya);
        await RestrictToManagerAsync(restricted);
        Assert.True((await Sessions(_brent, s => s.RecordAsync(Session(lee.Id, Today, $"{open.Reference} {restricted.Reference}", ann.Id, lee.Id), Mo))).IsDone);

        var seenByPriya = Assert.Single(await Sessions(_brent, s => s.ListAsync(Priya, Today.AddYears(-1))));
        var seenByMo = Assert.Single(await Sessions(_brent, s => s.ListAsync(Mo, Today.AddYears(-1))));
        var seenAtBristol = await Sessions(_bristol, s => s.ListAsync(Mo, Today.AddYears(-1)));

        Assert.Equal([open.Reference], seenByPriya.CaseReferences);
        Assert.Equal(1, seenByPriya.CasesNotShown);
        Assert.Equal(new[] { open.Reference, restricted.Reference }.Order(StringComparer.Ordinal), seenByMo.CaseReferences);
        Assert.Equal(0, seenByMo.CasesNotShown);
        Assert.Equal("lee Example", seenByMo.Leader);
        Assert.Equal(["ann Example", "lee Example"], seenByMo.Attendees);
        Assert.Empty(seenAtBristol);
        Assert.Contains((await Sessions(_bristol, s => s.RecordAsync(Session(lee.Id, Today, "", lee.Id), Mo))).Errors(), e => e.Field == "LeaderId");
    }

    [Fact]
    public async Task Sessions_are_counted_by_kind_in_each_month_including_months_with_none()
    {
        var thisMonth = new DateOnly(Today.Year, Today.Month, 1);
        var lee = await LeaderAsync(_brent, "lee", thisMonth.AddMonths(-3));
        var ann = await PersonAsync(_brent, "ann");
        foreach (var (kind, date) in new[] { (SessionKind.GroupSupervision, thisMonth.AddMonths(-2)), (SessionKind.GroupSupervision, thisMonth.AddMonths(-2).AddDays(5)), (SessionKind.AppreciativeInquiry, thisMonth.AddMonths(-2)), (SessionKind.PracticeLeaderSession, thisMonth) })
        {
            var input = Session(lee.Id, date, "", ann.Id);
            input.Kind = kind;
            Assert.True((await Sessions(_brent, s => s.RecordAsync(input, Mo))).IsDone);
        }

        var months = await Sessions(_brent, s => s.ByMonthAsync(thisMonth.AddMonths(-2).AddDays(10)));

        Assert.Equal(
            [(thisMonth.AddMonths(-2), 2, 1, 0), (thisMonth.AddMonths(-1), 0, 0, 0), (thisMonth, 0, 0, 1)],
            months.Select(m => (m.Month, m.ByKind[SessionKind.GroupSupervision], m.ByKind[SessionKind.AppreciativeInquiry], m.ByKind[SessionKind.PracticeLeaderSession])).ToArray());
        Assert.Equal([3, 0, 1], months.Select(m => m.Total).ToArray());
    }
}
