namespace Consortium.Practice.Census.Validation;

/// <summary>One validation run of a year's census for an authority: its progress while it runs, then its result (or that it failed).</summary>
public sealed class CensusRun(int year)
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile CensusProgress _progress = new(0, CensusRules.All.Count + 2);
    private volatile CensusValidationResult? _result;
    private volatile bool _failed;

    public int Year { get; } = year;

    public CensusProgress Progress => _progress;

    public CensusValidationResult? Result => _result;

    /// <summary>The run stopped on an unexpected failure; its cause is logged by type only.</summary>
    public bool Failed => _failed;

    public bool IsRunning => !_completion.Task.IsCompleted;

    /// <summary>Completes when the run has finished, either way.</summary>
    public Task Completion => _completion.Task;

    /// <summary>A run finished in an earlier process, as kept.</summary>
    public static CensusRun Finished(CensusValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var run = new CensusRun(result.Year);
        run.Report(new CensusProgress(run.Progress.Total, run.Progress.Total));
        run.Finish(result);
        return run;
    }

    internal void Report(CensusProgress progress) => _progress = progress;

    internal void Finish(CensusValidationResult result)
    {
        _result = result;
        _completion.TrySetResult();
    }

    internal void Fail()
    {
        _failed = true;
        _completion.TrySetResult();
    }
}
