-- The whole indicator catalogue for one period of one authority, written by hand for SQLite 3.46 or later (the
-- 'floor' date modifier makes '+N months' clamp to the month's last day, as .NET's AddMonths and AddYears do).
-- The definition reproduced is IndicatorComputer's. Parameters: @tenant, @start, @end, @today (NULL for none),
-- @mapDays, @firstMonths, @nextMonths, @goalAt. Dates are 'yyyy-MM-dd' text, as EF Core stores DateOnly.
-- One row per indicator: Indicator, Numerator, Denominator, LowerQuartile, Median, UpperQuartile; a median's
-- Denominator is its number of samples and its quartiles are PERCENTILE.INC's (Percentiles.cs).
-- Every top-level CTE below can be run on its own (SELECT * FROM name), which is how --profile times the parts.
WITH
period AS NOT MATERIALIZED (
    SELECT @start AS s, CASE WHEN @today IS NOT NULL AND @today < @end THEN @today ELSE @end END AS e
),
referrals AS (
    SELECT COUNT(*) AS n,
        COUNT(*) FILTER (WHERE EXISTS (
            SELECT 1 FROM Cases b
            WHERE b.TenantId = @tenant AND b.ChildId = c.ChildId
              AND b.ReferralDate < c.ReferralDate AND b.ReferralDate >= date(c.ReferralDate, '-1 years'))) AS again,
        COUNT(*) FILTER (WHERE c.ClosureReason = 'RC8') AS nfa
    FROM period, Cases c
    WHERE c.TenantId = @tenant AND c.ReferralDate BETWEEN period.s AND period.e
),
assessment_days AS MATERIALIZED (
    SELECT a.Number - r.Number AS v
    FROM period, Cases c
    JOIN WorkingDayNumbers r ON r.Day = c.ReferralDate
    JOIN WorkingDayNumbers a ON a.Day = c.AssessmentAuthorised
    WHERE c.TenantId = @tenant AND c.AssessmentAuthorised BETWEEN period.s AND period.e
),
enquiries AS (
    SELECT COUNT(*) AS n
    FROM period, StageChanges h
    WHERE h.TenantId = @tenant AND h."To" = 'Section47Enquiry' AND h.EffectiveOn BETWEEN period.s AND period.e
),
conferences AS (
    SELECT COUNT(*) AS held, COUNT(*) FILTER (WHERE i.Number - d.Number <= 15) AS within
    FROM period, Cases c
    JOIN WorkingDayNumbers d ON d.Day = c.StrategyDiscussion
    JOIN WorkingDayNumbers i ON i.Day = c.InitialConference
    WHERE c.TenantId = @tenant AND c.InitialConference BETWEEN period.s AND period.e
),
plan_starts AS (
    SELECT COUNT(*) AS n,
        COUNT(*) FILTER (WHERE EXISTS (
            SELECT 1 FROM Cases bc JOIN StageChanges b ON b.CaseId = bc.Id
            WHERE bc.TenantId = @tenant AND bc.ChildId = c.ChildId AND b.TenantId = @tenant AND b."To" = 'ChildProtectionPlan'
              AND (b.EffectiveOn < h.EffectiveOn OR (b.EffectiveOn = h.EffectiveOn AND b.Id < h.Id)))) AS repeats
    FROM period, StageChanges h JOIN Cases c ON c.Id = h.CaseId
    WHERE h.TenantId = @tenant AND c.TenantId = @tenant AND h."To" = 'ChildProtectionPlan'
      AND h.EffectiveOn BETWEEN period.s AND period.e
),
plan_endings AS (
    SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE date(started, '+2 years', 'floor') <= ended) AS lasting
    FROM (
        SELECT x.EffectiveOn AS ended, (
            SELECT MAX(b.EffectiveOn) FROM StageChanges b
            WHERE b.TenantId = @tenant AND b.CaseId = x.CaseId AND b."To" = 'ChildProtectionPlan' AND b.EffectiveOn <= x.EffectiveOn) AS started
        FROM period, StageChanges x
        WHERE x.TenantId = @tenant AND x."From" = 'ChildProtectionPlan' AND x.EffectiveOn BETWEEN period.s AND period.e)
),
-- Most episodes were referred by the end of any but the earliest periods, so reading the table straight through is
-- cheaper than the ReferralDate index and a row lookup for each.
open_cases AS MATERIALIZED (
    SELECT c.Id, c.InitialConference
    FROM period, Cases c NOT INDEXED
    WHERE c.TenantId = @tenant AND c.ReferralDate <= period.e AND (c.ClosedOn IS NULL OR c.ClosedOn > period.e)
),
-- Each measure over the open episodes is one set of case ids, built by one scan of its table, which every open
-- episode is then looked up in: cheaper than probing the maps and direct work of each open episode in turn.
open_work AS (
    SELECT COUNT(*) AS n,
        COUNT(*) FILTER (WHERE o.Id IN (
            SELECT m.CaseId FROM period, SafetyMaps m
            WHERE m.TenantId = @tenant AND m.MapDate <= period.e AND m.MapDate > date(period.e, '-' || @mapDays || ' days'))) AS mapped,
        COUNT(*) FILTER (WHERE o.Id IN (
            SELECT w.CaseId FROM period, DirectWork w
            WHERE w.TenantId = @tenant AND w.DoneOn <= period.e AND w.Tool IN ('ThreeHouses', 'WizardsAndFairies', 'SafetyHouse'))) AS voice,
        COUNT(*) FILTER (WHERE o.Id IN (
            SELECT w.CaseId FROM period, DirectWork w
            WHERE w.TenantId = @tenant AND w.DoneOn <= period.e AND w.Tool = 'WordsAndPictures')) AS words
    FROM open_cases o
),
-- A plan is open when the episode's latest stage change by the period end went to a plan; that change is then also
-- the latest plan start, so one probe gives both.
open_plans AS MATERIALIZED (
    SELECT o.Id, o.InitialConference, h.EffectiveOn AS started,
        (SELECT COUNT(*) FROM SafetyNetworkMembers k
            WHERE k.TenantId = @tenant AND k.CaseId = o.Id AND k.KnowsDangerStatements) >= 3 AS networked,
        (SELECT p.Status FROM SafetyPlanRevisions p
            WHERE p.TenantId = @tenant AND p.CaseId = o.Id ORDER BY p.Revision DESC LIMIT 1) IS 'Agreed' AS agreed
    FROM period, open_cases o
    JOIN StageChanges h ON h.Id = (
        SELECT l.Id FROM StageChanges l
        WHERE l.TenantId = @tenant AND l.CaseId = o.Id AND l.EffectiveOn <= period.e
        ORDER BY l.EffectiveOn DESC, l.Id DESC LIMIT 1)
    WHERE h."To" = 'ChildProtectionPlan'
),
-- A plan's first review is due @firstMonths after its initial conference (or its start, if that came first); each
-- next one @nextMonths after the one before was held. Each due date needs only the review before, so LAG does
-- what IndicatorComputer's loop does, with no recursion.
reviews_due AS MATERIALIZED (
    SELECT Id, started, date(
            CASE WHEN InitialConference IS NOT NULL AND InitialConference <= started THEN InitialConference ELSE started END,
            '+' || @firstMonths || ' months', 'floor') AS first_due
    FROM open_plans
    WHERE started IS NOT NULL
),
review_chain AS (
    SELECT d.Id, d.first_due, r.HeldOn, COALESCE(
            date(LAG(r.HeldOn) OVER (PARTITION BY d.Id ORDER BY r.HeldOn), '+' || @nextMonths || ' months', 'floor'),
            d.first_due) AS due
    FROM period, reviews_due d
    LEFT JOIN ReviewConferences r ON r.CaseId = d.Id AND r.PlanStart = d.started AND r.TenantId = @tenant AND r.HeldOn <= period.e
    WHERE d.first_due <= period.e
),
reviewed AS (
    SELECT COUNT(*) AS due,
        COUNT(*) FILTER (WHERE NOT late AND COALESCE(date(last_held, '+' || @nextMonths || ' months', 'floor'), first_due) > period.e) AS on_time
    FROM period, (
        SELECT first_due, MAX(HeldOn) AS last_held, COALESCE(MAX(HeldOn > due), 0) AS late
        FROM review_chain
        GROUP BY Id)
),
plan_counts AS (
    SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE networked) AS networked, COUNT(*) FILTER (WHERE agreed) AS agreed
    FROM open_plans
),
scale_moves AS (
    SELECT MAX(CASE WHEN Version = last THEN mean END) - MAX(CASE WHEN Version = first THEN mean END) AS v
    FROM (
        SELECT CaseId, Version, mean, MIN(Version) OVER byCase AS first, MAX(Version) OVER byCase AS last
        FROM (
            SELECT m.CaseId, m.Version, AVG(CAST(r.Score AS REAL)) AS mean
            FROM period, Cases c
            CROSS JOIN SafetyMaps m ON m.CaseId = c.Id
            CROSS JOIN SafetyRatings r ON r.MapId = m.Id
            WHERE c.TenantId = @tenant AND m.TenantId = @tenant AND r.TenantId = @tenant
              AND c.ClosedOn BETWEEN period.s AND period.e AND r.PairId IS NULL
            GROUP BY m.CaseId, m.Version)
        WINDOW byCase AS (PARTITION BY CaseId))
    GROUP BY CaseId
    HAVING COUNT(*) >= 2
),
rating_gaps AS (
    SELECT abs(family - professional) AS v
    FROM (
        SELECT AVG(CASE WHEN r.Agency IS NULL OR r.Agency = '' THEN CAST(r.Score AS REAL) END) AS family,
            AVG(CASE WHEN r.Agency <> '' THEN CAST(r.Score AS REAL) END) AS professional
        FROM period, SafetyMaps m NOT INDEXED
        CROSS JOIN SafetyRatings r ON r.MapId = m.Id
        WHERE m.TenantId = @tenant AND r.TenantId = @tenant AND m.MapDate BETWEEN period.s AND period.e AND r.PairId IS NULL
        GROUP BY m.Id)
    WHERE family IS NOT NULL AND professional IS NOT NULL
),
samples AS MATERIALIZED (
    SELECT 'ASMT_MEDIAN' AS Indicator, v FROM assessment_days
    UNION ALL SELECT 'SOS_SCALE_MOVE', v FROM scale_moves
    UNION ALL SELECT 'SOS_SCALE_GAP', v FROM rating_gaps
),
-- PERCENTILE.INC: position f * (n - 1) in the sorted samples, interpolated between the ranks either side of it. One
-- sort ranks every sample; only the two ranks either side of each quartile's position are kept.
ranked AS MATERIALIZED (
    SELECT Indicator, v, i, n
    FROM (
        SELECT Indicator, v, ROW_NUMBER() OVER sorted - 1 AS i, COUNT(*) OVER (sorted ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS n
        FROM samples
        WINDOW sorted AS (PARTITION BY Indicator ORDER BY v))
    WHERE i IN (CAST(0.25 * (n - 1) AS INTEGER), CAST(0.25 * (n - 1) AS INTEGER) + 1, CAST(0.5 * (n - 1) AS INTEGER),
        CAST(0.5 * (n - 1) AS INTEGER) + 1, CAST(0.75 * (n - 1) AS INTEGER), CAST(0.75 * (n - 1) AS INTEGER) + 1)
),
quartiles AS (
    SELECT Indicator, n,
        MAX(CASE WHEN f = 0.25 THEN value END) AS lower, MAX(CASE WHEN f = 0.5 THEN value END) AS middle, MAX(CASE WHEN f = 0.75 THEN value END) AS upper
    FROM (
        SELECT Indicator, n, f, lo + (f * (n - 1) - below) * (hi - lo) AS value
        FROM (
            SELECT Indicator, n, f, below, MAX(CASE WHEN i = below THEN v END) AS lo, MAX(CASE WHEN i = min(below + 1, n - 1) THEN v END) AS hi
            FROM (SELECT r.*, f, CAST(f * (n - 1) AS INTEGER) AS below FROM ranked r, (SELECT 0.25 AS f UNION ALL SELECT 0.5 UNION ALL SELECT 0.75))
            WHERE i BETWEEN below AND below + 1
            GROUP BY Indicator, f))
    GROUP BY Indicator
),
medians AS (
    SELECT m.Indicator, NULL AS Numerator, COALESCE(q.n, 0) AS Denominator, q.lower, q.middle, q.upper
    FROM (SELECT 'ASMT_MEDIAN' AS Indicator UNION ALL SELECT 'SOS_SCALE_MOVE' UNION ALL SELECT 'SOS_SCALE_GAP') m
    LEFT JOIN quartiles q ON q.Indicator = m.Indicator
),
assessments AS (
    SELECT COUNT(*) FILTER (WHERE v <= 45) AS within, COUNT(*) AS n FROM assessment_days
),
audits AS (
    SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE g <= 2) AS good, COUNT(*) FILTER (WHERE g = 1) AS g1,
        COUNT(*) FILTER (WHERE g = 2) AS g2, COUNT(*) FILTER (WHERE g = 3) AS g3, COUNT(*) FILTER (WHERE g = 4) AS g4
    FROM (
        SELECT COALESCE(a.ModeratedGrade, a.Grade) AS g
        FROM period, CaseAudits a
        WHERE a.TenantId = @tenant AND a.Status <> 'Allocated' AND a.CompletedOn BETWEEN period.s AND period.e)
    WHERE g IS NOT NULL
),
goals AS (
    SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE r.Score >= @goalAt) AS achieved
    FROM period, FamilyGoalRatings r
    WHERE r.TenantId = @tenant AND r.Stage = 'Closure' AND r.RatedOn BETWEEN period.s AND period.e
),
child_views AS (
    SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE w.PlanMakesSafe = 'Yes') AS safe
    FROM period, DirectWork w
    WHERE w.TenantId = @tenant AND w.PlanMakesSafe <> 'NotAsked' AND w.DoneOn BETWEEN period.s AND period.e
)
-- result
SELECT 'REF' AS Indicator, n AS Numerator, NULL AS Denominator, NULL AS LowerQuartile, NULL AS Median, NULL AS UpperQuartile FROM referrals
UNION ALL SELECT 'REREF12', again, n, NULL, NULL, NULL FROM referrals
UNION ALL SELECT 'REF_NFA', nfa, n, NULL, NULL, NULL FROM referrals
UNION ALL SELECT 'ASMT45', within, n, NULL, NULL, NULL FROM assessments
UNION ALL SELECT 'S47', n, NULL, NULL, NULL, NULL FROM enquiries
UNION ALL SELECT 'ICPC15', within, held, NULL, NULL, NULL FROM conferences
UNION ALL SELECT 'CPP_START', n, NULL, NULL, NULL, NULL FROM plan_starts
UNION ALL SELECT 'CPP_OPEN', n, NULL, NULL, NULL, NULL FROM plan_counts
UNION ALL SELECT 'CPP_REPEAT', repeats, n, NULL, NULL, NULL FROM plan_starts
UNION ALL SELECT 'CPP_2YR', lasting, n, NULL, NULL, NULL FROM plan_endings
UNION ALL SELECT 'CPP_REVIEWED', on_time, due, NULL, NULL, NULL FROM reviewed
UNION ALL SELECT 'SOS_NETWORK', networked, n, NULL, NULL, NULL FROM plan_counts
UNION ALL SELECT 'SOS_PLAN', agreed, n, NULL, NULL, NULL FROM plan_counts
UNION ALL SELECT 'CIN_OPEN', n, NULL, NULL, NULL, NULL FROM open_work
UNION ALL SELECT 'SOS_MAPPED', mapped, n, NULL, NULL, NULL FROM open_work
UNION ALL SELECT 'SOS_VOICE', voice, n, NULL, NULL, NULL FROM open_work
UNION ALL SELECT 'SOS_WORDS', words, n, NULL, NULL, NULL FROM open_work
UNION ALL SELECT * FROM medians
UNION ALL SELECT 'QA_AUDIT_GOOD', good, n, NULL, NULL, NULL FROM audits
UNION ALL SELECT 'QA_AUDIT_GRADE1', g1, n, NULL, NULL, NULL FROM audits
UNION ALL SELECT 'QA_AUDIT_GRADE2', g2, n, NULL, NULL, NULL FROM audits
UNION ALL SELECT 'QA_AUDIT_GRADE3', g3, n, NULL, NULL, NULL FROM audits
UNION ALL SELECT 'QA_AUDIT_GRADE4', g4, n, NULL, NULL, NULL FROM audits
UNION ALL SELECT 'SOS_GOALS', achieved, n, NULL, NULL, NULL FROM goals
UNION ALL SELECT 'SOS_CHILD_VIEW', safe, n, NULL, NULL, NULL FROM child_views
