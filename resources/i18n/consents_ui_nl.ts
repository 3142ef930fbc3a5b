<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AccessRequest</name>
    <message>
        <source>In which language should the PDF be written? The JSON file holds the same data in every language.</source>
        <translation>In welke taal moet de pdf opgesteld worden? Het JSON-bestand bevat dezelfde gegevens, in welke taal ook.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Verzoek tot inzage</translation>
    </message>
    <message>
        <source>Save the changes first: the access request shows the file as saved.</source>
        <translation>Sla eerst de wijzigingen op: het verzoek tot inzage toont het dossier zoals het opgeslagen is.</translation>
    </message>
    <message>
        <source>Where should the two files be saved?</source>
        <translation>Waar moeten de twee bestanden opgeslagen worden?</translation>
    </message>
    <message>
        <source>access-request</source>
        <translation>inzageverzoek</translation>
    </message>
    <message>
        <source>The person&apos;s data were saved as {pdf} and {json}, in {folder}. Hand them over securely: they hold everything about this person.</source>
        <translation>De gegevens van de persoon zijn opgeslagen als {pdf} en {json}, in de map {folder}. Bezorg ze op een veilige manier: ze bevatten alles over deze persoon.</translation>
    </message>
    <message>
        <source>Writing the access request…</source>
        <translation>Verzoek tot inzage wordt opgesteld…</translation>
    </message>
    <message>
        <source>Access request…</source>
        <translation>Verzoek tot inzage…</translation>
    </message>
</context>
<context>
    <name>ConsentsBox</name>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>A consent is asked again after the months set for its purpose (0: never), or when it was given under another text than the current one. The consents to renew are listed on the Today page.</source>
        <translation>Een toestemming wordt opnieuw gevraagd na het aantal maanden dat voor het doel is ingesteld (0: nooit), of als ze gegeven werd op een andere tekst dan de huidige. De te vernieuwen toestemmingen staan op de pagina Vandaag.</translation>
    </message>
    <message>
        <source>Renew after</source>
        <translation>Vernieuwen na</translation>
    </message>
    <message>
        <source>Current text version</source>
        <translation>Huidige versie van de tekst</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>not set: versions are not compared</source>
        <translation>niet ingesteld: versies worden niet vergeleken</translation>
    </message>
    <message>
        <source>Save the consent settings</source>
        <translation>Instellingen van de toestemmingen opslaan</translation>
    </message>
    <message>
        <source>The consent settings have changes that are not saved. Save them?</source>
        <translation>De instellingen van de toestemmingen hebben wijzigingen die niet opgeslagen zijn. Opslaan?</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>To renew: given under an older text than the current one</source>
        <translation>Te vernieuwen: gegeven op een oudere tekst dan de huidige</translation>
    </message>
    <message>
        <source>To renew: expired on {date}</source>
        <translation>Te vernieuwen: verlopen op {date}</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Versie van de tekst</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Verzameld door</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Een toestemming registreren</translation>
    </message>
    <message>
        <source>e.g. 2026-1</source>
        <translation>bv. 2026-1</translation>
    </message>
    <message>
        <source>Record the consent</source>
        <translation>Toestemming registreren</translation>
    </message>
    <message>
        <source>Selected consent withdrawn on</source>
        <translation>Geselecteerde toestemming ingetrokken op</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <source>No consent recorded yet. Without the “{purpose}” consent, the 12-month follow-up contact is refused.</source>
        <translation>Nog geen toestemming geregistreerd. Zonder de toestemming ‘{purpose}’ wordt het contact voor de opvolging na 12 maanden geweigerd.</translation>
    </message>
    <message>
        <source>In orange: consents to ask for again (expired, or given under an older text). Record the new consent below; the old one stays in the list.</source>
        <translation>In het oranje: de toestemmingen die opnieuw gevraagd moeten worden (verlopen, of gegeven op een oudere tekst). Registreer hieronder de nieuwe toestemming; de oude blijft in de lijst staan.</translation>
    </message>
    <message>
        <source>Withdraw the consent “{purpose}” from {date}? What it allows is refused from that day on; the consent stays in the file.</source>
        <translation>De toestemming ‘{purpose}’ intrekken vanaf {date}? Wat ze toelaat, wordt vanaf die dag geweigerd; de toestemming blijft in het dossier staan.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
</context>
</TS>
