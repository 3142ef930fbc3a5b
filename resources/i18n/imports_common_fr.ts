<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ImportErrors</name>
    <message>
        <source>{file} is protected by a password. Open it in your spreadsheet program, remove the password (or save an unprotected copy) and import that copy.</source>
        <translation>{file} est protégé par un mot de passe. Ouvrez-le dans votre tableur, retirez le mot de passe (ou enregistrez-en une copie non protégée) et importez cette copie.</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete and cannot be read. Ask the partner to send it again, or open and save it again in your spreadsheet program.</source>
        <translation>{file} est endommagé ou incomplet et ne peut pas être lu. Demandez au partenaire de le renvoyer, ou ouvrez-le et enregistrez-le à nouveau dans votre tableur.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet, whatever its name says. DuoDesk imports Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) and CSV files.</source>
        <translation>{file} n&apos;est pas un tableur, quoi qu&apos;en dise son nom. DuoDesk importe les fichiers Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) et CSV.</translation>
    </message>
    <message>
        <source>{file} is far too large for a list of candidates (or built to fill the memory) and was not opened. Ask the partner for a plain copy.</source>
        <translation>{file} est bien trop volumineux pour une liste de candidats (ou conçu pour saturer la mémoire) et n&apos;a pas été ouvert. Demandez au partenaire une copie ordinaire.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} est vide.</translation>
    </message>
    <message>
        <source>{file} cannot be found. It may have been moved or renamed.</source>
        <translation>{file} est introuvable. Il a peut-être été déplacé ou renommé.</translation>
    </message>
    <message>
        <source>{file} cannot be read. Check that it is not open in another program and that you may read it.</source>
        <translation>{file} ne peut pas être lu. Vérifiez qu&apos;il n&apos;est pas ouvert dans un autre programme et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>No header row found in the sheet “{sheet}” of {file}: among its first 30 rows, none names at least three known columns, one of them the last name or the full name. Check the column titles, or choose another sheet.</source>
        <translation>Aucune ligne d&apos;en-tête trouvée dans la feuille « {sheet} » de {file} : parmi ses 30 premières lignes, aucune ne nomme au moins trois colonnes connues, dont le nom ou le nom complet. Vérifiez les titres des colonnes ou choisissez une autre feuille.</translation>
    </message>
    <message>
        <source>No header row found in {file}: among the first 30 rows, none names at least three known columns, one of them the last name or the full name. Check the column titles.</source>
        <translation>Aucune ligne d&apos;en-tête trouvée dans {file} : parmi les 30 premières lignes, aucune ne nomme au moins trois colonnes connues, dont le nom ou le nom complet. Vérifiez les titres des colonnes.</translation>
    </message>
    <message>
        <source>{file} has no visible sheet named “{sheet}”.</source>
        <translation>{file} n&apos;a pas de feuille visible nommée « {sheet} ».</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Full name (last name first)</source>
        <translation>Nom complet (nom de famille d&apos;abord)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <source>Diploma recognised</source>
        <translation>Diplôme reconnu</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Date d&apos;orientation</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Professional project</source>
        <translation>Projet professionnel</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <source>Jobseeker registration</source>
        <translation>Inscription comme demandeur d&apos;emploi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>ImportIssues</name>
    <message>
        <source>{field}: “{value}” is not a date (write it day first, like 03/04/1999).</source>
        <translation>{field} : « {value} » n&apos;est pas une date (jour d&apos;abord, comme 03/04/1999).</translation>
    </message>
    <message>
        <source>{field}: “{value}” cannot be right (before 1900 or in the future).</source>
        <translation>{field} : « {value} » ne peut pas être correct (avant 1900 ou dans le futur).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a phone number we can read; kept as typed.</source>
        <translation>{field} : « {value} » n&apos;est pas un numéro de téléphone lisible ; gardé tel quel.</translation>
    </message>
    <message>
        <source>{field}: only the first number was kept; also given: “{value}”.</source>
        <translation>{field} : seul le premier numéro a été repris ; également indiqué : « {value} ».</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a valid email address; left out.</source>
        <translation>{field} : « {value} » n&apos;est pas une adresse e-mail valide ; non reprise.</translation>
    </message>
    <message>
        <source>{field}: only the first address was kept; also given: “{value}”.</source>
        <translation>{field} : seule la première adresse a été reprise ; également indiquée : « {value} ».</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a Belgian postcode; left out.</source>
        <translation>{field} : « {value} » n&apos;est pas un code postal belge ; non repris.</translation>
    </message>
    <message>
        <source>The last name is missing.</source>
        <translation>Le nom de famille manque.</translation>
    </message>
    <message>
        <source>The first name is missing.</source>
        <translation>Le prénom manque.</translation>
    </message>
    <message>
        <source>{field}: a national register number was left out; DuoDesk never stores one.</source>
        <translation>{field} : un numéro de registre national a été écarté ; DuoDesk n&apos;en enregistre jamais.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a language we know; left out.</source>
        <translation>{field} : « {value} » n&apos;est pas une langue connue ; non reprise.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a sector we know; left out.</source>
        <translation>{field} : « {value} » n&apos;est pas un secteur connu ; non repris.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an education level we know; left out.</source>
        <translation>{field} : « {value} » n&apos;est pas un niveau d&apos;études connu ; non repris.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a gender we know (F, M or X); left out.</source>
        <translation>{field} : « {value} » n&apos;est pas un genre connu (F, M ou X) ; non repris.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is neither yes nor no; left out.</source>
        <translation>{field} : « {value} » n&apos;est ni oui ni non ; non repris.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not Actiris, VDAB, Le Forem or ADG; left out.</source>
        <translation>{field} : « {value} » n&apos;est ni Actiris, ni le VDAB, ni le Forem, ni l&apos;ADG ; non repris.</translation>
    </message>
    <message>
        <source>{field}: the cell holds more than {limit} characters; left out.</source>
        <translation>{field} : la cellule contient plus de {limit} caractères ; non reprise.</translation>
    </message>
    <message>
        <source>{field}: this value is not accepted ({code}).</source>
        <translation>{field} : cette valeur n&apos;est pas acceptée ({code}).</translation>
    </message>
</context>
</TS>
