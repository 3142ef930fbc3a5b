<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ImportErrors</name>
    <message>
        <source>{file} is protected by a password. Open it in your spreadsheet program, remove the password (or save an unprotected copy) and import that copy.</source>
        <translation>{file} is beveiligd met een wachtwoord. Open het in je rekenbladprogramma, verwijder het wachtwoord (of bewaar een onbeveiligde kopie) en importeer die kopie.</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete and cannot be read. Ask the partner to send it again, or open and save it again in your spreadsheet program.</source>
        <translation>{file} is beschadigd of onvolledig en kan niet gelezen worden. Vraag de partner om het opnieuw te sturen, of open het en bewaar het opnieuw in je rekenbladprogramma.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet, whatever its name says. DuoDesk imports Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) and CSV files.</source>
        <translation>{file} is geen rekenblad, wat de naam ook zegt. DuoDesk importeert Excel- (.xlsx, .xlsm, .xls), OpenDocument- (.ods) en CSV-bestanden.</translation>
    </message>
    <message>
        <source>{file} is far too large for a list of candidates (or built to fill the memory) and was not opened. Ask the partner for a plain copy.</source>
        <translation>{file} is veel te groot voor een lijst met kandidaten (of gemaakt om het geheugen te vullen) en werd niet geopend. Vraag de partner om een gewone kopie.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} is leeg.</translation>
    </message>
    <message>
        <source>{file} cannot be found. It may have been moved or renamed.</source>
        <translation>{file} is niet te vinden. Het werd misschien verplaatst of hernoemd.</translation>
    </message>
    <message>
        <source>{file} cannot be read. Check that it is not open in another program and that you may read it.</source>
        <translation>{file} kan niet gelezen worden. Kijk na of het niet open staat in een ander programma en of je het mag lezen.</translation>
    </message>
    <message>
        <source>No header row found in the sheet “{sheet}” of {file}: among its first 30 rows, none names at least three known columns, one of them the last name or the full name. Check the column titles, or choose another sheet.</source>
        <translation>Geen kopregel gevonden in het blad ‘{sheet}’ van {file}: geen van de eerste 30 rijen noemt minstens drie bekende kolommen, waaronder de familienaam of de volledige naam. Kijk de kolomtitels na of kies een ander blad.</translation>
    </message>
    <message>
        <source>No header row found in {file}: among the first 30 rows, none names at least three known columns, one of them the last name or the full name. Check the column titles.</source>
        <translation>Geen kopregel gevonden in {file}: geen van de eerste 30 rijen noemt minstens drie bekende kolommen, waaronder de familienaam of de volledige naam. Kijk de kolomtitels na.</translation>
    </message>
    <message>
        <source>{file} has no visible sheet named “{sheet}”.</source>
        <translation>{file} heeft geen zichtbaar blad met de naam ‘{sheet}’.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Full name (last name first)</source>
        <translation>Volledige naam (familienaam eerst)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Opleidingsniveau</translation>
    </message>
    <message>
        <source>Diploma recognised</source>
        <translation>Diploma erkend</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Datum van doorverwijzing</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Doorverwijzer</translation>
    </message>
    <message>
        <source>Professional project</source>
        <translation>Beroepsproject</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Rijbewijs</translation>
    </message>
    <message>
        <source>Jobseeker registration</source>
        <translation>Inschrijving als werkzoekende</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
</context>
<context>
    <name>ImportIssues</name>
    <message>
        <source>{field}: “{value}” is not a date (write it day first, like 03/04/1999).</source>
        <translation>{field}: ‘{value}’ is geen datum (dag eerst, zoals 03/04/1999).</translation>
    </message>
    <message>
        <source>{field}: “{value}” cannot be right (before 1900 or in the future).</source>
        <translation>{field}: ‘{value}’ kan niet kloppen (vóór 1900 of in de toekomst).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a phone number we can read; kept as typed.</source>
        <translation>{field}: ‘{value}’ is geen leesbaar telefoonnummer; bewaard zoals getypt.</translation>
    </message>
    <message>
        <source>{field}: only the first number was kept; also given: “{value}”.</source>
        <translation>{field}: alleen het eerste nummer werd overgenomen; ook opgegeven: ‘{value}’.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid email address; left out.</source>
        <translation>{field}: ‘{value}’ is geen geldig e-mailadres; niet overgenomen.</translation>
    </message>
    <message>
        <source>{field}: only the first address was kept; also given: “{value}”.</source>
        <translation>{field}: alleen het eerste adres werd overgenomen; ook opgegeven: ‘{value}’.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a Belgian postcode; left out.</source>
        <translation>{field}: ‘{value}’ is geen Belgische postcode; niet overgenomen.</translation>
    </message>
    <message>
        <source>The last name is missing.</source>
        <translation>De familienaam ontbreekt.</translation>
    </message>
    <message>
        <source>The first name is missing.</source>
        <translation>De voornaam ontbreekt.</translation>
    </message>
    <message>
        <source>{field}: a national register number was left out; DuoDesk never stores one.</source>
        <translation>{field}: een rijksregisternummer werd weggelaten; DuoDesk bewaart er nooit een.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a language we know; left out.</source>
        <translation>{field}: ‘{value}’ is geen gekende taal; niet overgenomen.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a sector we know; left out.</source>
        <translation>{field}: ‘{value}’ is geen gekende sector; niet overgenomen.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an education level we know; left out.</source>
        <translation>{field}: ‘{value}’ is geen gekend opleidingsniveau; niet overgenomen.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a gender we know (F, M or X); left out.</source>
        <translation>{field}: ‘{value}’ is geen gekend gender (F, M of X); niet overgenomen.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is neither yes nor no; left out.</source>
        <translation>{field}: ‘{value}’ is ja noch nee; niet overgenomen.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not Actiris, VDAB, Le Forem or ADG; left out.</source>
        <translation>{field}: ‘{value}’ is niet Actiris, VDAB, Le Forem of ADG; niet overgenomen.</translation>
    </message>
    <message>
        <source>{field}: the cell holds more than {limit} characters; left out.</source>
        <translation>{field}: de cel bevat meer dan {limit} tekens; niet overgenomen.</translation>
    </message>
    <message>
        <source>{field}: this value is not accepted ({code}).</source>
        <translation>{field}: deze waarde wordt niet aanvaard ({code}).</translation>
    </message>
</context>
</TS>
