<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AgreementLanguage</name>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Barrier</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPurpose</name>
    <message>
        <source>Taking part in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact for the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with the referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and media</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayPart</name>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclineReason</name>
    <message>
        <source>Mentee declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show at the first meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DigitalSkills</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiplomaRecognition</name>
    <message>
        <source>Recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuoStatus</name>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EducationLevel</name>
    <message>
        <source>No diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndReason</name>
    <message>
        <source>Six months completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee found a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>a network share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a removable drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cloud-sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: this field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: this is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: this value is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: an antenna code has 2 to 8 capital letters, like BXL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: this value is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is on {place}. DuoDesk keeps its database on this computer&apos;s own disk, where it cannot be damaged by a lost connection or a sync: choose a folder on the local disk. Exports and backups may go anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is already open in another DuoDesk window. Use that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was saved by a newer version of DuoDesk. Install the newer version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged or is not a DuoDesk database. You can restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be written: the file or its folder is read-only. Check its permissions or choose another folder; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full ({path}). Nothing was saved: free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is busy with another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} could not be brought up to date. It was left as it was, and a backup was made before trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} could not be made or did not pass its check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationStage</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twelve months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other / not said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobseekerService</name>
    <message>
        <source>Actiris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VDAB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le Forem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageLevel</name>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Duo meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteeStatus</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a duo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorStatus</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a duo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Stable job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifying training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job or training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerKind</name>
    <message>
        <source>Public employment service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPAS / OCMW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRole</name>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Respondent</name>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sector</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting and finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commerce and sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care and health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotels and catering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics and transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture and media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing and communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingStatus</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
