using NodaTime;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Pipeline;

/// <summary>What a record's fields are transformed with: its subject's pseudonym and date offset, the review month, the job centre, the scrub context. One object per transformer, cleared per record.</summary>
internal sealed class RecordContext
{
    public Pseudonym? Subject { get; set; }

    public string? SubjectIdentifier { get; set; }

    public int? OffsetDays { get; set; }

    public LocalDate? Reference { get; set; }

    public LocalDate? BirthDate { get; set; }

    public string? JobCentre { get; set; }

    public ScrubContext? Scrub { get; set; }

    /// <summary>Makes this the context of a new record (one object per transformer, reused).</summary>
    public RecordContext Clear()
    {
        Subject = null;
        SubjectIdentifier = null;
        OffsetDays = null;
        Reference = null;
        BirthDate = null;
        JobCentre = null;
        Scrub = null;
        return this;
    }
}
