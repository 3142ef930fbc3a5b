<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccessRequest</name>
    <message>
        <source>In which language should the PDF be written? The JSON file holds the same data in every language.</source>
        <translation>Dans quelle langue faut-il rédiger le PDF ? Le fichier JSON contient les mêmes données, quelle que soit la langue.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Demande d&apos;accès</translation>
    </message>
    <message>
        <source>Save the changes first: the access request shows the file as saved.</source>
        <translation>Enregistrez d&apos;abord les modifications : la demande d&apos;accès reprend le dossier tel qu&apos;il est enregistré.</translation>
    </message>
    <message>
        <source>Where should the two files be saved?</source>
        <translation>Où faut-il enregistrer les deux fichiers ?</translation>
    </message>
    <message>
        <source>access-request</source>
        <translation>demande-d-acces</translation>
    </message>
    <message>
        <source>The person&apos;s data were saved as {pdf} and {json}, in {folder}. Hand them over securely: they hold everything about this person.</source>
        <translation>Les données de la personne ont été enregistrées dans {pdf} et {json}, dans le dossier {folder}. Remettez-les de manière sécurisée : elles contiennent tout ce qui concerne cette personne.</translation>
    </message>
    <message>
        <source>Writing the access request…</source>
        <translation>Rédaction de la demande d&apos;accès…</translation>
    </message>
    <message>
        <source>Access request…</source>
        <translation>Demande d&apos;accès…</translation>
    </message>
</context>
<context>
    <name>ConsentsBox</name>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>A consent is asked again after the months set for its purpose (0: never), or when it was given under another text than the current one. The consents to renew are listed on the Today page.</source>
        <translation>Un consentement est redemandé après le nombre de mois fixé pour sa finalité (0 : jamais), ou s&apos;il a été donné sur un autre texte que le texte actuel. Les consentements à renouveler figurent sur la page Aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Renew after</source>
        <translation>Renouveler après</translation>
    </message>
    <message>
        <source>Current text version</source>
        <translation>Version actuelle du texte</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>not set: versions are not compared</source>
        <translation>non définie : les versions ne sont pas comparées</translation>
    </message>
    <message>
        <source>Save the consent settings</source>
        <translation>Enregistrer les réglages des consentements</translation>
    </message>
    <message>
        <source>The consent settings have changes that are not saved. Save them?</source>
        <translation>Les réglages des consentements ont des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>To renew: given under an older text than the current one</source>
        <translation>À renouveler : donné sur un texte plus ancien que le texte actuel</translation>
    </message>
    <message>
        <source>To renew: expired on {date}</source>
        <translation>À renouveler : expiré le {date}</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Version du texte</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Recueilli par</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>e.g. 2026-1</source>
        <translation>p. ex. 2026-1</translation>
    </message>
    <message>
        <source>Record the consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>Selected consent withdrawn on</source>
        <translation>Consentement sélectionné retiré le</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>No consent recorded yet. Without the “{purpose}” consent, the 12-month follow-up contact is refused.</source>
        <translation>Aucun consentement enregistré pour l&apos;instant. Sans le consentement « {purpose} », le contact de suivi à 12 mois est refusé.</translation>
    </message>
    <message>
        <source>In orange: consents to ask for again (expired, or given under an older text). Record the new consent below; the old one stays in the list.</source>
        <translation>En orange : les consentements à redemander (expirés, ou donnés sur un texte plus ancien). Enregistrez le nouveau consentement ci-dessous ; l&apos;ancien reste dans la liste.</translation>
    </message>
    <message>
        <source>Withdraw the consent “{purpose}” from {date}? What it allows is refused from that day on; the consent stays in the file.</source>
        <translation>Retirer le consentement « {purpose} » à partir du {date} ? Ce qu&apos;il autorise sera refusé à partir de ce jour ; le consentement reste dans le dossier.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
</context>
</TS>
