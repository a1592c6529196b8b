namespace Consortium.Web.Forms.BadRequests;

/// <summary>What the person is told when the service cannot take what a form sent. None repeats what was sent.</summary>
public static class BadFormReasons
{
    public const string NotAForm = "This page takes a form sent from the page itself, and what was sent was in another format. Go back to the page and use its form.";

    public const string TooMuch = "The form held more than this service accepts, in the number of fields or the length of what was entered. Go back, shorten what you entered and try again.";

    public const string UnsavableCharacter = "The form held a character that cannot be saved, such as one copied from another document that is not shown on screen. Go back, type the text again instead of pasting it, and try again.";

    public const string NotChecked = "The form could not be checked as coming from this service. This happens when the page was open for a long time or you signed in again in another tab. Go back, reload the page, enter your changes again and try again.";
}
