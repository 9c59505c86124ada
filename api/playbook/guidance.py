"""What each follow-up task is called and why and how to do it, in the seed's words."""

from datetime import datetime
from enum import StrEnum

from api.dates import MONTHS, WEEKDAYS


class TaskKind(StrEnum):
    THANK_YOU = "thank_you"
    NEXT_STEPS_FOLLOW_UP = "next_steps_follow_up"
    PERIODIC_UPDATE = "periodic_update"
    SHARE_RESOURCE = "share_resource"
    NETWORKING_EVENT = "networking_event"
    LINKEDIN_CONNECT = "linkedin_connect"
    REJECTION_THANK_YOU = "rejection_thank_you"
    FEEDBACK_REQUEST = "feedback_request"
    KEEP_IN_TOUCH = "keep_in_touch"
    REFLECTION = "reflection"
    CUSTOM = "custom"


_THANK_YOU_HOW = (
    "Address the interviewer by name and mention specific points you discussed, so the note "
    "could only be about your conversation. Reiterate your interest in the position and the "
    "organization, and if they mentioned a timeline or next steps, follow up on them and say "
    "you look forward to moving forward."
)

GUIDANCE: dict[TaskKind, str] = {
    TaskKind.THANK_YOU: (
        "Send your note within one working day of the interview, and no later than two working "
        "days after it: being prompt shows your interest in the position. " + _THANK_YOU_HOW
    ),
    TaskKind.NEXT_STEPS_FOLLOW_UP: (
        "The date they gave for next steps has passed without news. Send the hiring manager "
        "a short, polite message: refer to the timeline they mentioned, reiterate your "
        "interest in the position and the organization, and ask whether there is an update "
        "on next steps."
    ),
    TaskKind.PERIODIC_UPDATE: (
        "Stay top-of-mind while they decide. If you have a new accomplishment or an update "
        "related to your qualifications for the role, send the hiring manager a brief "
        "message to keep them informed. Record it under Accomplishments first: the update "
        "cites it and never invents one. If there is nothing new to say, skip this one "
        "rather than send an empty check-in."
    ),
    TaskKind.SHARE_RESOURCE: (
        "If you come across an article or resource relevant to the organization or its "
        "industry, share it with the hiring manager and say in a line why it made you think "
        "of them. Save it under Resources first: the note carries its title and link. It "
        "shows your interest and engagement without asking for anything."
    ),
    TaskKind.NETWORKING_EVENT: (
        "Look for industry events or conferences where hiring managers from the "
        "organization may be present. Meeting them there is a chance to make connections "
        "and stay top-of-mind."
    ),
    TaskKind.LINKEDIN_CONNECT: (
        "Connect with the interviewer on LinkedIn, with a short personal note that mentions "
        "your interview. Then engage with their posts now and then to stay visible and show "
        "your ongoing interest in the organization."
    ),
    TaskKind.REJECTION_THANK_YOU: (
        "Stay positive and professional. Send the hiring manager a gracious thank-you note "
        "to thank them for the interview and express your appreciation for the opportunity, "
        "and reiterate your continued interest in the organization."
    ),
    TaskKind.FEEDBACK_REQUEST: (
        "Politely ask the hiring manager for any feedback they can give on your interview "
        "performance or your qualifications for the role. Keep the request short and easy "
        "to answer: what you learn helps you improve for future interviews."
    ),
    TaskKind.KEEP_IN_TOUCH: (
        "Stay connected with the hiring manager. Follow up with a brief message, such as an "
        "update on your work or an article relevant to them, to show your continued "
        "interest in the organization."
    ),
    TaskKind.REFLECTION: (
        "Reflect on the interview process while it is fresh: what went well, where you "
        "could improve, and which questions you want to prepare for next time. Use the "
        "experience as a learning opportunity to grow and develop your skills."
    ),
    TaskKind.CUSTOM: (
        "A follow-up of your own. Keep it personal and specific: address the person by "
        "name, refer to what you discussed, and say why you are getting in touch."
    ),
}


def task_title(kind: TaskKind, *, company: str, person: str | None = None) -> str:
    """Return the task's title, naming the person it is addressed to when there is one."""
    # Titles are read side by side in the agenda, so most say which company they concern.
    recipient = f"{person} at {company}" if person else company
    match kind:
        case TaskKind.THANK_YOU:
            return f"Send a thank-you note to {person or f'your interviewers at {company}'}"
        case TaskKind.NEXT_STEPS_FOLLOW_UP:
            return f"Follow up with {company} on next steps"
        case TaskKind.PERIODIC_UPDATE:
            return f"Send an update to {recipient}"
        case TaskKind.SHARE_RESOURCE:
            return f"Share a relevant article or resource with {recipient}"
        case TaskKind.NETWORKING_EVENT:
            return f"Find an industry event to meet people from {company}"
        case TaskKind.LINKEDIN_CONNECT:
            return f"Connect with {person or f'your interviewers at {company}'} on LinkedIn"
        case TaskKind.REJECTION_THANK_YOU:
            return f"Thank {recipient} for the opportunity"
        case TaskKind.FEEDBACK_REQUEST:
            return f"Ask {recipient} for feedback on your interview"
        case TaskKind.KEEP_IN_TOUCH:
            return f"Keep in touch with {recipient}"
        case TaskKind.REFLECTION:
            return f"Reflect on your interview at {company}"
        case TaskKind.CUSTOM:
            return f"Follow up with {recipient}"


_SMALL_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def working_time_phrase(hours: int) -> str:
    """'one working day', 'two working days', '36 working hours': how a setting reads."""
    if hours % 24:
        return f"{hours} working hours"
    days = hours // 24
    count = _SMALL_NUMBERS[days] if days < len(_SMALL_NUMBERS) else str(days)
    return f"{count} working day{'' if days == 1 else 's'}"


def working_days_phrase(days: int) -> str:
    return working_time_phrase(days * 24)


def local_time_phrase(moment: datetime, timezone: str) -> str:
    """'Monday, 28 December at 15:00 (Europe/Berlin)', for a moment already in that zone."""
    return (
        f"{WEEKDAYS[moment.weekday()]}, {moment.day} {MONTHS[moment.month - 1]} at "
        f"{moment:%H:%M} ({timezone})"
    )


def thank_you_guidance(
    *, due_hours: int, deadline_hours: int, deadline: datetime, timezone: str
) -> str:
    """The thank-you's guidance, naming its deadline: the same instant as its `deadline_at`.

    `deadline` is that instant in the interview's time zone `timezone`.
    """
    if deadline_hours > due_hours:
        window = (
            f"Send your note within {working_time_phrase(due_hours)} of the interview, and no "
            f"later than {working_time_phrase(deadline_hours)} after it"
        )
    else:
        window = f"Send your note within {working_time_phrase(deadline_hours)} of the interview"
    return (
        f"{window}, by {local_time_phrase(deadline, timezone)}: being prompt shows your "
        "interest in the position. " + _THANK_YOU_HOW
    )


def undated_next_steps_guidance(working_days: int) -> str:
    """The next-steps follow-up's guidance when they gave next steps but no date."""
    return (
        f"They gave no date for next steps, and it has been {working_days_phrase(working_days)} "
        "since the interview. Send the hiring manager a short, polite message: "
        "reiterate your interest in the position and the organization, and ask whether there "
        "is an update on next steps and when they expect to decide."
    )


def merged_rejection_guidance() -> str:
    """The rejection thank-you's guidance when it also asks for feedback, as one note."""
    return (
        GUIDANCE[TaskKind.REJECTION_THANK_YOU]
        + " In the same note, politely ask for any feedback they can give on your interview "
        "performance or your qualifications for the role: keep the request short and easy "
        "to answer. Your playbook settings plan no separate feedback request."
    )
