namespace Vkb.Pseudonymization;

/// <summary>How far and how dates of a subject are shifted.</summary>
public sealed class DateShiftOptions
{
    /// <summary>The largest absolute offset in days (default 182). With <see cref="PreserveWeekday"/> at least 7.</summary>
    public int MaxDays { get; set; } = 182;

    /// <summary>Whether offsets are whole weeks, so every shifted date keeps its weekday (default true).</summary>
    public bool PreserveWeekday { get; set; } = true;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is out of bounds.</exception>
    public void Validate()
    {
        Preconditions.CheckArgumentRange(MaxDays, PreserveWeekday ? 7 : 1, 3650);
    }
}
