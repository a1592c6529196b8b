using Consortium.Practice.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Metrics.Data;

/// <summary>Writes the working-day numbers for every day the bank-holiday calendar covers, again when that range changes.</summary>
public sealed class WorkingDayNumbers(BankHolidayCalendar calendar, WorkingDayCalculator workingDays)
{
    public async Task EnsureAsync(MetricsDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (from, through) = (calendar.CoversFrom, calendar.CoversThrough);
        var days = through.DayNumber - from.DayNumber + 1;
        var stored = await db.WorkingDays.CountAsync(ct);
        if (stored == days
            && await db.WorkingDays.AnyAsync(d => d.Day == from, ct)
            && await db.WorkingDays.AnyAsync(d => d.Day == through, ct))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.WorkingDays.ExecuteDeleteAsync(ct);
        var number = 0;
        for (var day = from; day <= through; day = day.AddDays(1))
        {
            if (workingDays.IsWorkingDay(day))
            {
                number++;
            }

            db.WorkingDays.Add(new WorkingDayNumber { Day = day, Number = number });
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }
}
