<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../domain/charges.py" line="+19"/>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCLC IFM</source>
        <translation>OCLC IFM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IFLA vouchers</source>
        <translation>IFLA-Gutscheine</translation>
    </message>
    <message>
        <location filename="../../domain/copyright_rules.py" line="+88"/>
        <source>Not counted under the rule of {limit}: the article is older than the window.</source>
        <translation>Nicht nach der Fünferregel ({limit}) gezählt: Der Aufsatz ist älter als der Zeitraum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request {position} for this journal in {year}: over the rule of {limit}; a royalty or an override is needed.</source>
        <translation>Bestellung {position} für diese Zeitschrift im Jahr {year}: über der Fünferregel ({limit}); eine Lizenzgebühr oder eine Ausnahme ist nötig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request {position} of {limit} for this journal in {year}.</source>
        <translation>Bestellung {position} von {limit} für diese Zeitschrift im Jahr {year}.</translation>
    </message>
    <message>
        <location filename="../../domain/lending_policy.py" line="+42"/>
        <source>Book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal volume or issue</source>
        <translation>Zeitschriftenband oder -heft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thesis or dissertation</source>
        <translation>Hochschulschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio-visual (DVD, CD, video)</source>
        <translation>Audiovisuell (DVD, CD, Video)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Music score</source>
        <translation>Noten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microform</source>
        <translation>Mikroform</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+268"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>books</source>
        <extracomment>The same in running text: &quot;we do not lend theses to CA-OTU&quot;.</extracomment>
        <translation>Bücher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journal volumes</source>
        <translation>Zeitschriftenbände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theses</source>
        <translation>Hochschulschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio-visual items</source>
        <translation>audiovisuelle Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>music scores</source>
        <translation>Noten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maps</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>microforms</source>
        <translation>Mikroformen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other material</source>
        <translation>sonstige Materialien</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Not lent under the lending policy.</source>
        <extracomment>Words people write in e-mails and OpenURL genres, mapped to a material.</extracomment>
        <translation>Nach den Leihbedingungen nicht verliehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge {charge}</source>
        <translation>Gebühr {charge}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No charge</source>
        <translation>Keine Gebühr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{charge}; conditions: {conditions}</source>
        <translation>{charge}; Bedingungen: {conditions}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no renewals</source>
        <translation>keine Verlängerungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 renewal</source>
        <translation>1 Verlängerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{renewals} renewals</source>
        <translation>{renewals} Verlängerungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} days, {renewals}</source>
        <translation>{days} Tage, {renewals}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{terms}, charge {charge}</source>
        <translation>{terms}, Gebühr {charge}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{terms}; conditions: {conditions}</source>
        <translation>{terms}; Bedingungen: {conditions}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>this partner</source>
        <translation>dieser Partner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every partner</source>
        <translation>alle Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all material</source>
        <translation>alle Materialarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule for {who}, {what}</source>
        <translation>Regel für {who}, {what}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A rule for every partner and every material would be the library default: change the settings or the partner instead.</source>
        <translation>Eine Regel für alle Partner und alle Materialarten wäre die Voreinstellung der Bibliothek: Ändern Sie stattdessen die Einstellungen oder den Partner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule sets nothing: give at least one term.</source>
        <translation>Die Regel legt nichts fest: Geben Sie mindestens eine Bedingung an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../domain/partner_record.py" line="+98"/>
        <source>A loan lasts from 1 to {MAX_LOAN_DAYS} days.</source>
        <translation>Eine Leihfrist dauert 1 bis {MAX_LOAN_DAYS} Tage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../domain/partner_record.py" line="+4"/>
        <source>Renewals go from 0 to {MAX_RENEWALS}.</source>
        <translation>Verlängerungen gehen von 0 bis {MAX_RENEWALS}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../domain/partner_record.py" line="+3"/>
        <source>A charge is zero or more, with at most two decimals.</source>
        <translation>Eine Gebühr ist null oder mehr, mit höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../domain/partner_record.py" line="+8"/>
        <source>Conditions fit in 500 characters.</source>
        <translation>Bedingungen haben höchstens 500 Zeichen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not on the shelf</source>
        <extracomment>Reasons for answering &quot;unfilled&quot;, in the words the ISO 18626 map recognises.</extracomment>
        <translation>Nicht am Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On loan to someone else</source>
        <translation>Anderweitig ausgeliehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not held by the lender</source>
        <translation>Nicht im Bestand der gebenden Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not circulate</source>
        <translation>Nicht ausleihbar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say why the request cannot be filled.</source>
        <translation>Geben Sie an, warum die Bestellung nicht erfüllt werden kann.</translation>
    </message>
    <message>
        <location filename="../../domain/matching.py" line="+31"/>
        <source>same ISBN</source>
        <translation>gleiche ISBN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same ISSN</source>
        <translation>gleiche ISSN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same OCLC number</source>
        <translation>gleiche OCLC-Nummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing to compare</source>
        <translation>nichts zu vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same title and author</source>
        <translation>gleicher Titel und Verfasser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same title</source>
        <translation>gleicher Titel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>similar title</source>
        <translation>ähnlicher Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found by the search only</source>
        <translation>nur durch die Suche gefunden</translation>
    </message>
    <message>
        <location filename="../../domain/money.py" line="+32"/>
        <location line="+8"/>
        <source>“{typed}” is not {article}.</source>
        <translation>„{typed}“ ist keine gültige Angabe ({article}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{capitalize} cannot be negative.</source>
        <translation>{capitalize}: darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type the {what}.</source>
        <translation>Geben Sie {what} ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use at most 2 decimals (whole cents).</source>
        <translation>Höchstens 2 Nachkommastellen (ganze Cent).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{strip}” is too large an amount.</source>
        <translation>„{strip}“ ist ein zu großer Betrag.</translation>
    </message>
    <message>
        <location filename="../../domain/partner_record.py" line="-41"/>
        <source>Enter the library&apos;s name.</source>
        <translation>Geben Sie den Namen der Bibliothek ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the two-letter country code (ISO 3166), e.g. DE.</source>
        <translation>Geben Sie den zweistelligen Ländercode ein (ISO 3166), z. B. DE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ISO 18626 address starts with https:// or http://.</source>
        <translation>Die ISO-18626-Adresse beginnt mit https:// oder http://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue address starts with http:// or https:// (SRU) or z3950:// (Z39.50, e.g. z3950://opac.example.org:210).</source>
        <translation>Die Katalogadresse beginnt mit http:// oder https:// (SRU) oder z3950:// (Z39.50, z. B. z3950://opac.example.org:210).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database name is one word (letters, digits, . _ -), e.g. Default.</source>
        <translation>Der Datenbankname ist ein Wort (Buchstaben, Ziffern, . _ -), z. B. Default.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the three-letter currency code, e.g. EUR.</source>
        <translation>Geben Sie den dreistelligen Währungscode ein, z. B. EUR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one way the library pays.</source>
        <translation>Kreuzen Sie mindestens einen Zahlungsweg der Bibliothek an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a carrier from the list.</source>
        <translation>Wählen Sie einen Versanddienst aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../domain/purchase_rules.py" line="+46"/>
        <source>Suggest: buy.</source>
        <translation>Vorschlag: kaufen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggest: borrow.</source>
        <translation>Vorschlag: leihen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The publication year is unknown.</source>
        <translation>Das Erscheinungsjahr ist unbekannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published {pub_year}, within {loan_max_age_years} years.</source>
        <translation>Erschienen {pub_year}, innerhalb von {loan_max_age_years} Jahren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Published {pub_year}, more than {loan_max_age_years} years ago.</source>
        <translation>Erschienen {pub_year}, vor mehr als {loan_max_age_years} Jahren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No price entered.</source>
        <translation>Kein Preis eingegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price {price:.2f} is within the limit of {loan_price_limit:.2f}.</source>
        <translation>Der Preis {price:.2f} liegt innerhalb der Grenze von {loan_price_limit:.2f}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Price {price:.2f} is over the limit of {loan_price_limit:.2f}.</source>
        <translation>Der Preis {price:.2f} liegt über der Grenze von {loan_price_limit:.2f}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Patron category “{patron_category}” qualifies.</source>
        <translation>Die Benutzergruppe „{patron_category}“ ist berechtigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patron category “{value}” does not qualify.</source>
        <translation>Die Benutzergruppe „{value}“ ist nicht berechtigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No supplier price entered.</source>
        <translation>Kein Lieferantenpreis eingegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supplier price {supplier_price:.2f} is below the expected ILL cost of {article_ill_cost:.2f}.</source>
        <translation>Der Lieferantenpreis {supplier_price:.2f} liegt unter den erwarteten Fernleihkosten von {article_ill_cost:.2f}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Supplier price {supplier_price:.2f} is not below the expected ILL cost of {article_ill_cost:.2f}.</source>
        <translation>Der Lieferantenpreis {supplier_price:.2f} liegt nicht unter den erwarteten Fernleihkosten von {article_ill_cost:.2f}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Needed in {days} days, sooner than ILL can supply ({article_min_days} days).</source>
        <translation>In {days} Tagen benötigt, früher als die Fernleihe liefern kann ({article_min_days} Tage).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Needed in {days} days: there is time to borrow.</source>
        <translation>In {days} Tagen benötigt: Es bleibt Zeit zum Leihen.</translation>
    </message>
    <message>
        <location filename="../../domain/state_groups.py" line="+22"/>
        <source>Needs action</source>
        <translation>Zu bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/workflow.py" line="+757"/>
        <source>On loan</source>
        <translation>Verliehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/workflow.py" line="-12"/>
        <location filename="../../services/notice_templates.py" line="+22"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/workflow.py" line="-446"/>
        <location line="+65"/>
        <location line="+144"/>
        <location line="+253"/>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="-686"/>
        <source>No lender is chosen yet: add a lender to the rota.</source>
        <translation>Noch keine gebende Bibliothek gewählt: Nehmen Sie eine in den Leitweg auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no further lender in the rota.</source>
        <translation>Im Leitweg steht keine weitere gebende Bibliothek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another lender is still in the rota.</source>
        <translation>Eine weitere gebende Bibliothek steht noch im Leitweg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only purchased items go to cataloguing.</source>
        <translation>Nur gekaufte Medien gehen an die Katalogisierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item was bought, not borrowed: send it to cataloguing.</source>
        <translation>Dieses Medium wurde gekauft, nicht geliehen: Geben Sie es an die Katalogisierung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This copy is over the rule of five: record a royalty payment or an override first.</source>
        <translation>Diese Kopie liegt über der Fünferregel: Erfassen Sie zuerst eine Lizenzgebühr oder eine Ausnahme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This request is not over the rule of five.</source>
        <translation>Diese Bestellung liegt nicht über der Fünferregel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PDF is attached to this request yet.</source>
        <translation>An diese Bestellung ist noch kein PDF angehängt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No item has been pulled for this request yet.</source>
        <translation>Für diese Bestellung ist noch kein Exemplar ausgehoben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item is already pulled for this request.</source>
        <translation>Für diese Bestellung ist bereits ein Exemplar ausgehoben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No renewals are left under the lending policy.</source>
        <translation>Nach den Leihbedingungen sind keine Verlängerungen mehr möglich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item is not past its due date yet.</source>
        <translation>Das Exemplar ist noch nicht überfällig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lending policy does not lend this material to this library: answer unfilled (non-circulating), or change the rule.</source>
        <translation>Nach den Leihbedingungen verleihen wir diese Materialart nicht an diese Bibliothek: Beantworten Sie die Bestellung negativ (nicht ausleihbar) oder ändern Sie die Regel.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Send to lender</source>
        <translation>An gebende Bibliothek senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lender unfilled: try next lender</source>
        <translation>Negativ von gebender Bibliothek: nächste anfragen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lender unfilled: rota exhausted</source>
        <translation>Negativ von gebender Bibliothek: Leitweg erschöpft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lender sets conditions</source>
        <translation>Gebende Bibliothek stellt Bedingungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept conditions</source>
        <translation>Bedingungen annehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decline: try next lender</source>
        <translation>Ablehnen: nächste gebende Bibliothek</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decline: rota exhausted</source>
        <translation>Ablehnen: Leitweg erschöpft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lender shipped</source>
        <translation>Gebende Bibliothek hat versandt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify citation</source>
        <translation>Titelangaben prüfen</translation>
    </message>
    <message>
        <location filename="../../domain/routing.py" line="+69"/>
        <location filename="../../services/reports/service.py" line="+131"/>
        <location line="+54"/>
        <location line="+8"/>
        <source>Side</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service type</source>
        <translation>Art der Leistung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patron category</source>
        <translation>Benutzergruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner (symbols)</source>
        <translation>Partner (Sigel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most the patron pays</source>
        <translation>Höchstbetrag des Benutzers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication year</source>
        <translation>Erscheinungsjahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation field</source>
        <translation>Feld der Titelangaben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is one of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is none of</source>
        <translation>ist keines von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is filled in</source>
        <translation>ist ausgefüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Put in queue</source>
        <translation>In Liste stellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set need-by date (days ahead)</source>
        <translation>Benötigt-bis-Datum setzen (Tage ab heute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for copyright review</source>
        <translation>Urheberrechtsprüfung anfordern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify staff</source>
        <translation>Personal benachrichtigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/workflow.py" line="+5"/>
        <source>Deflect to local copy</source>
        <translation>Auf eigenen Bestand verweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use rota template</source>
        <translation>Leitwegvorlage verwenden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{field} {op}</source>
        <translation>{field} {op}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} {op} {value}</source>
        <translation>{field} {op} {value}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{action}: {value}</source>
        <translation>{action}: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every request</source>
        <translation>jede Bestellung</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>switched off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not so: {condition}</source>
        <translation>trifft nicht zu: {condition}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the rule a name staff will recognise in the history.</source>
        <translation>Geben Sie der Regel einen Namen, den das Personal im Verlauf wiedererkennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rule&apos;s name fits in 120 characters.</source>
        <translation>Der Name einer Regel hat höchstens 120 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The priority is a number from 1 to 9999 (lowest goes first).</source>
        <translation>Die Priorität ist eine Zahl von 1 bis 9999 (die kleinste zuerst).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field_word} cannot be compared with “{op_word}”.</source>
        <translation>{field_word} lässt sich nicht mit „{op_word}“ vergleichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field_word}: give a number, not “{value}”.</source>
        <translation>{field_word}: Geben Sie eine Zahl an, nicht „{value}“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field_word}: give at least one value.</source>
        <translation>{field_word}: Geben Sie mindestens einen Wert an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose which citation field must be filled in or empty.</source>
        <translation>Wählen Sie, welches Feld der Titelangaben ausgefüllt oder leer sein muss.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field_word}: “{unknown}” is not one of {items}.</source>
        <translation>{field_word}: „{unknown}“ ist keiner der Werte {items}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the queue the request goes to.</source>
        <translation>Nennen Sie die Liste, in die die Bestellung kommt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A queue&apos;s name fits in {max_queue_name} characters.</source>
        <translation>Der Name einer Liste hat höchstens {max_queue_name} Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the days from today to the need-by date (1 to 365).</source>
        <translation>Geben Sie die Tage von heute bis zum Benötigt-bis-Datum an (1 bis 365).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reason the patron will read.</source>
        <translation>Geben Sie den Grund an, den der Benutzer lesen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the rota template to use.</source>
        <translation>Nennen Sie die zu verwendende Leitwegvorlage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write what staff should be told.</source>
        <translation>Schreiben Sie, was dem Personal gesagt werden soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it under 500 characters.</source>
        <translation>Bleiben Sie unter 500 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="+7"/>
        <source>Buy instead of borrow</source>
        <translation>Kaufen statt leihen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+110"/>
        <source>Start sourcing</source>
        <translation>Lieferantensuche beginnen</translation>
    </message>
    <message>
        <location line="-104"/>
        <location filename="../../services/scanning.py" line="+72"/>
        <source>Receive</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patron notified</source>
        <translation>Benutzer benachrichtigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/scanning.py" line="+6"/>
        <source>Check out to patron</source>
        <translation>An Benutzer ausleihen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask lender to renew</source>
        <translation>Gebende Bibliothek um Verlängerung bitten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renewal granted</source>
        <translation>Verlängerung gewährt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renewal refused</source>
        <translation>Verlängerung abgelehnt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue notice</source>
        <translation>Mahnung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lender recalls</source>
        <translation>Gebende Bibliothek ruft zurück</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../services/scanning.py" line="+6"/>
        <source>Check in from patron</source>
        <translation>Rückgabe durch Benutzer</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../services/scanning.py" line="+6"/>
        <source>Return to lender</source>
        <translation>An gebende Bibliothek zurück</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lender checked it in</source>
        <translation>Gebende Bibliothek hat es zurückgebucht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand over to cataloguing</source>
        <translation>An die Katalogisierung übergeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lost or damaged</source>
        <translation>Verloren oder beschädigt</translation>
    </message>
    <message>
        <location filename="../../domain/routing.py" line="-206"/>
        <location filename="../../domain/workflow.py" line="+7"/>
        <location line="+58"/>
        <location line="+115"/>
        <location line="+37"/>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location filename="../../domain/workflow.py" line="-198"/>
        <source>Hold for copyright clearance</source>
        <translation>Für urheberrechtliche Klärung zurückhalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copyright cleared (royalty or override)</source>
        <translation>Urheberrecht geklärt (Lizenzgebühr oder Ausnahme)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Found open access (send link)</source>
        <translation>Open Access gefunden (Link senden)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receive PDF</source>
        <translation>PDF empfangen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deliver to patron</source>
        <translation>An Benutzer liefern</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+374"/>
        <source>Holdings checked</source>
        <translation>Bestand geprüft</translation>
    </message>
    <message>
        <location line="-369"/>
        <source>Print pull slip</source>
        <translation>Bestellzettel drucken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pulled from shelf</source>
        <translation>Aus dem Regal ausgehoben</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+114"/>
        <location line="+250"/>
        <location filename="../../services/reports/service.py" line="-5"/>
        <source>Unfilled</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <location line="-356"/>
        <source>Answer with conditions</source>
        <translation>Mit Bedingungen antworten</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Borrower accepts conditions</source>
        <translation>Nehmende Bibliothek nimmt Bedingungen an</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../services/scanning.py" line="+12"/>
        <source>Ship</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Borrower received it</source>
        <translation>Nehmende Bibliothek hat es erhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grant renewal</source>
        <translation>Verlängerung gewähren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refuse renewal</source>
        <translation>Verlängerung ablehnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../services/notice_templates.py" line="+1"/>
        <source>Recall</source>
        <translation>Zurückrufen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue reminder</source>
        <translation>Erinnerung an Überfälligkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Borrower shipped it back</source>
        <translation>Nehmende Bibliothek hat es zurückgeschickt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../services/scanning.py" line="+6"/>
        <source>Return received</source>
        <translation>Rücksendung erhalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lost in transit or by borrower</source>
        <translation>Auf dem Transportweg oder bei der nehmenden Bibliothek verloren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete (charge settled)</source>
        <translation>Abgeschlossen (Gebühr beglichen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Licence and holdings checked</source>
        <translation>Lizenz und Bestand geprüft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanned or downloaded</source>
        <translation>Gescannt oder heruntergeladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send copy</source>
        <translation>Kopie senden</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Lender&apos;s due date</source>
        <translation>Leihfristende der gebenden Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item barcode (optional)</source>
        <translation>Exemplar-Barcode (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New due date from the lender</source>
        <translation>Neues Leihfristende der gebenden Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return by (recall date)</source>
        <translation>Rückgabe bis (Rückrufdatum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New due date</source>
        <translation>Neues Leihfristende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item barcode</source>
        <translation>Exemplar-Barcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement charge</source>
        <translation>Ersatzgebühr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost to the borrower</source>
        <translation>Kosten für die nehmende Bibliothek</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>“{action}” is not possible while the request is “{state}”.</source>
        <translation>„{action}“ ist nicht möglich, solange die Bestellung „{state}“ ist.</translation>
    </message>
    <message>
        <location line="+67"/>
        <location filename="../../services/reports/service.py" line="-54"/>
        <location line="+10"/>
        <source>New</source>
        <extracomment>The main path through every workflow, in order: of the actions legal now, the first one listed here is the request&apos;s usual next step (shown first, taken by Enter). Side branches (cancel, lost, unfilled, renewals, notes) are never the next step.</extracomment>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation verified</source>
        <translation>Titelangaben geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deflected to local copy</source>
        <translation>Auf eigenen Bestand verwiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting copyright clearance</source>
        <translation>Wartet auf urheberrechtliche Klärung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sourcing</source>
        <translation>Lieferantensuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested from lender</source>
        <translation>Bei gebender Bibliothek bestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditional</source>
        <translation>Unter Bedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped by lender</source>
        <translation>Von gebender Bibliothek versandt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting pickup</source>
        <translation>Liegt zur Abholung bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked out</source>
        <translation>Ausgeliehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal requested</source>
        <translation>Verlängerung angefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recalled</source>
        <translation>Zurückgerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned by patron</source>
        <translation>Vom Benutzer zurückgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to lender</source>
        <translation>An gebende Bibliothek zurückgeschickt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase ordered</source>
        <translation>Kauf bestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To cataloguing</source>
        <translation>An die Katalogisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull slip printed</source>
        <translation>Bestellzettel gedruckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulled</source>
        <translation>Ausgehoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return in transit</source>
        <translation>Rücksendung unterwegs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/peer/outbox_dialog.py" line="+40"/>
        <location line="+22"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../services/notice_templates.py" line="+2"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="+191"/>
        <source>{how}, {target}</source>
        <translation>{how}, {target}</translation>
    </message>
    <message>
        <location filename="../../services/charges.py" line="+110"/>
        <source>{number} is not complete yet; charge it when the item is back.</source>
        <translation>{number} ist noch nicht abgeschlossen; berechnen Sie sie, wenn das Exemplar zurück ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} does not pay by {METHOD_WORDS}.</source>
        <translation>{name} zahlt nicht per {METHOD_WORDS}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{number} is already charged.</source>
        <translation>{number} ist bereits berechnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A charge must be more than zero.</source>
        <translation>Eine Gebühr muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+41"/>
        <source>That charge no longer exists.</source>
        <translation>Diese Gebühr gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>This charge is already paid.</source>
        <translation>Diese Gebühr ist bereits bezahlt.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Enter how many full or half vouchers.</source>
        <translation>Geben Sie an, wie viele ganze oder halbe Gutscheine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <location filename="../../services/directory.py" line="+32"/>
        <location filename="../../services/lending_policy.py" line="+214"/>
        <location filename="../../services/requests.py" line="+502"/>
        <source>That partner library no longer exists.</source>
        <extracomment>Renewals we grant a borrower we have no partner record for.</extracomment>
        <translation>Diese Partnerbibliothek gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>That is not an invoice.</source>
        <translation>Das ist keine Rechnung.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../services/copyright.py" line="+344"/>
        <location filename="../../services/documents.py" line="+571"/>
        <location filename="../../services/lending_policy.py" line="+57"/>
        <location filename="../../services/printouts.py" line="+74"/>
        <location line="+93"/>
        <location filename="../../services/purchasing.py" line="+386"/>
        <location filename="../../services/requests.py" line="+537"/>
        <location filename="../../services/routing.py" line="+306"/>
        <location filename="../../services/scanning.py" line="+249"/>
        <location filename="../../services/shipping.py" line="+195"/>
        <location line="+229"/>
        <source>That request no longer exists.</source>
        <translation>Diese Bestellung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only lending requests are charged to partners.</source>
        <translation>Nur gebende Bestellungen werden Partnern in Rechnung gestellt.</translation>
    </message>
    <message>
        <location filename="../../services/copyright.py" line="-196"/>
        <source>Choose CCG (CONTU guidelines) or CCL (copyright law).</source>
        <translation>Wählen Sie CCG (CONTU-Richtlinien) oder CCL (Urheberrecht).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A royalty cannot be negative.</source>
        <translation>Eine Lizenzgebühr kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say who was paid (a clearance center or the publisher).</source>
        <translation>Sagen Sie, wer bezahlt wurde (eine Verwertungsgesellschaft oder der Verlag).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An override needs a reason.</source>
        <translation>Eine Ausnahme braucht eine Begründung.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copyright is cleared before the copy is sourced.</source>
        <translation>Das Urheberrecht wird geklärt, bevor die Kopie beschafft wird.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>{number} is not a borrowing copy request.</source>
        <translation>{number} ist keine nehmende Kopienbestellung.</translation>
    </message>
    <message>
        <location filename="../../services/directory.py" line="+26"/>
        <source>{symbol} is already {name}.</source>
        <translation>{symbol} ist bereits {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That partner library was deleted at another desk.</source>
        <translation>Diese Partnerbibliothek wurde an einer anderen Theke gelöscht.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enter the staff member&apos;s name.</source>
        <translation>Geben Sie den Namen des Mitarbeiters ein.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="-335"/>
        <source>A PDF cannot be attached to {number} now; it is “{lower}”.</source>
        <translation>An {number} kann jetzt kein PDF angehängt werden; die Bestellung ist „{lower}“.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>{number} is a copy for another library: send it by e-mail instead of printing it.</source>
        <translation>{number} ist eine Kopie für eine andere Bibliothek: Senden Sie sie per E-Mail, statt sie zu drucken.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No PDF is attached to {number}.</source>
        <translation>An {number} ist kein PDF angehängt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF of {number} was removed on {purged_at:%Y-%m-%d} ({value}); it can no longer be sent.</source>
        <translation>Das PDF von {number} wurde am {purged_at:%d.%m.%Y} entfernt ({value}); es kann nicht mehr gesendet werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The PDF is {size:.1f} MB, larger than the e-mail limit, and no link folder is set (setting copies.link_folder). Print it or set the folder.</source>
        <translation>Das PDF ist {size:.1f} MB groß, größer als die Grenze für E-Mails, und es ist kein Ordner für Links eingestellt (Einstellung copies.link_folder). Drucken Sie es aus oder stellen Sie den Ordner ein.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>{number} has no stored PDF to delete.</source>
        <translation>Zu {number} ist kein gespeichertes PDF zum Löschen vorhanden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF of {number} has not been delivered yet; attach a better scan to replace it instead.</source>
        <translation>Das PDF zu {number} ist noch nicht geliefert; hängen Sie stattdessen einen besseren Scan an, um es zu ersetzen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{number} is not a copy request.</source>
        <translation>{number} ist keine Kopienbestellung.</translation>
    </message>
    <message>
        <location filename="../../services/find_lenders.py" line="+145"/>
        <source>No catalogue to search: enter a partner&apos;s catalogue address in Partner libraries, or union catalogues in Settings.</source>
        <translation>Kein Katalog zum Durchsuchen: Tragen Sie unter Partnerbibliotheken die Katalogadresse eines Partners ein oder in den Einstellungen Verbundkataloge.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>“{source}” holding {value} belongs to no partner in the directory; add the library first.</source>
        <translation>„{source}“ mit dem Bestand {value} gehört zu keinem Partner im Verzeichnis; nehmen Sie die Bibliothek zuerst auf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tick at least one library to ask.</source>
        <translation>Kreuzen Sie mindestens eine Bibliothek zum Anfragen an.</translation>
    </message>
    <message>
        <location filename="../../services/ils_sync.py" line="+144"/>
        <source>NCIP to our library system is off, or has no address (Settings → NCIP).</source>
        <translation>NCIP zu unserem Bibliothekssystem ist ausgeschaltet oder hat keine Adresse (Einstellungen → NCIP).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The NCIP 2.02 schema file is not set or not found (Settings → NCIP → schema path); no message is sent unchecked.</source>
        <translation>Die Schemadatei für NCIP 2.02 ist nicht eingestellt oder nicht zu finden (Einstellungen → NCIP → Schemapfad); keine Nachricht wird ungeprüft gesendet.</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>No NCIP call is called {service}.</source>
        <translation>Es gibt keinen NCIP-Aufruf namens {service}.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+12"/>
        <source>That NCIP message no longer exists.</source>
        <translation>Diese NCIP-Nachricht gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../services/lending_policy.py" line="-42"/>
        <source>There is already a rule for this partner and material: change that one.</source>
        <translation>Für diesen Partner und diese Materialart gibt es schon eine Regel: Ändern Sie diese.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../services/routing.py" line="-82"/>
        <source>That rule was deleted at another desk.</source>
        <translation>Diese Regel wurde an einer anderen Theke gelöscht.</translation>
    </message>
    <message>
        <location filename="../../services/library_settings.py" line="+101"/>
        <location filename="../../services/library_setup.py" line="+295"/>
        <source>There is no setting called {key}.</source>
        <translation>Es gibt keine Einstellung namens {key}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The “{kind}” template was not saved: {why}</source>
        <translation>Die Vorlage „{kind}“ wurde nicht gespeichert: {why}</translation>
    </message>
    <message>
        <location filename="../../services/library_setup.py" line="-111"/>
        <source>This line is needed for an address in this country.</source>
        <translation>Diese Zeile ist für eine Anschrift in diesem Land nötig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not how a postal code looks here, e.g. {example}.</source>
        <translation>So sieht eine Postleitzahl hier nicht aus, z. B. {example}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a known value in this country.</source>
        <translation>Dies ist kein bekannter Wert in diesem Land.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the library&apos;s name as it should print on labels.</source>
        <translation>Geben Sie den Namen der Bibliothek so ein, wie er auf Etiketten stehen soll.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the country the library is in.</source>
        <translation>Wählen Sie das Land, in dem die Bibliothek liegt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the e-mail address partners write to.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, an die Partner schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{bad} e.g. ill@library.example.org</source>
        <translation>{bad} z. B. fernleihe@bibliothek.example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the currency the library pays and charges in.</source>
        <translation>Wählen Sie die Währung, in der die Bibliothek zahlt und abrechnet.</translation>
    </message>
    <message>
        <location filename="../../services/notice_templates.py" line="-4"/>
        <source>Ready for pickup</source>
        <translation>Zur Abholung bereit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not be supplied</source>
        <translation>Nicht lieferbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal answer</source>
        <translation>Antwort auf die Verlängerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your article</source>
        <translation>Ihr Aufsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue reminder to a borrowing library</source>
        <translation>Mahnung an eine nehmende Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall sent to a borrowing library</source>
        <translation>Rückforderung an eine nehmende Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article copy sent to a borrowing library</source>
        <translation>Aufsatzkopie an eine nehmende Bibliothek geschickt</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Subject line of the “{kind}” notice (fields in {{{{ }}}}).</source>
        <extracomment>The warning of 37 CFR 201.14 (US), sent with every copy delivered to a patron.</extracomment>
        <translation>Betreffzeile der Benachrichtigung „{kind}“ (Felder in {{{{ }}}}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{kind}” notice: subject</source>
        <translation>Benachrichtigung „{kind}“: Betreff</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text of the “{kind}” notice. Fields: {fields}.</source>
        <translation>Text der Benachrichtigung „{kind}“. Felder: {fields}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{kind}” notice: text</source>
        <translation>Benachrichtigung „{kind}“: Text</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copyright warning sent with every copy delivered to a patron (the US wording of 37 CFR 201.14 unless changed); the field copyright_warning of the notices.</source>
        <translation>Der Urheberrechtshinweis, der jeder an Benutzer gelieferten Kopie beiliegt (ohne Änderung der US-Wortlaut nach 37 CFR 201.14); das Feld copyright_warning der Benachrichtigungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copyright warning on delivered copies</source>
        <translation>Urheberrechtshinweis auf gelieferten Kopien</translation>
    </message>
    <message>
        <location filename="../../services/notice_sandbox.py" line="+57"/>
        <source>filling it in took longer than {max_seconds:g} seconds (a loop that runs too often?)</source>
        <translation>das Ausfüllen dauerte länger als {max_seconds:g} Sekunden (eine Schleife, die zu oft läuft?)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>range() may give at most {max_range} numbers</source>
        <translation>range() darf höchstens {max_range} Zahlen liefern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a power in the template is too large</source>
        <translation>eine Potenz in der Vorlage ist zu groß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number in the template is too large</source>
        <translation>eine Zahl in der Vorlage ist zu groß</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the template repeats text to more than {max_output_chars} characters</source>
        <translation>die Vorlage wiederholt Text auf mehr als {max_output_chars} Zeichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the template joins text to more than the notice can hold</source>
        <translation>die Vorlage fügt mehr Text zusammen, als die Benachrichtigung fassen kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %-format in the template asks for a huge width</source>
        <translation>ein %-Format in der Vorlage verlangt eine riesige Breite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a number above {max_number} or a text longer than {max_output_chars} characters was handed to a function</source>
        <translation>eine Zahl über {max_number} oder ein Text mit mehr als {max_output_chars} Zeichen wurde an eine Funktion übergeben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a format in the template asks for a huge width</source>
        <translation>ein Format in der Vorlage verlangt eine riesige Breite</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the filter {name} was given a number or text that is too large</source>
        <translation>der Filter {name} hat eine zu große Zahl oder einen zu langen Text erhalten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the {what} is longer than {max_template_chars} characters</source>
        <translation>{what}: länger als {max_template_chars} Zeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the {what} would be longer than {max_output_chars} characters</source>
        <translation>{what}: würde länger als {max_output_chars} Zeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line {line}: {message}</source>
        <translation>Zeile {line}: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{message} (known fields: {fields})</source>
        <translation>{message} (bekannte Felder: {fields})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it tries something templates may not do ({why})</source>
        <translation>sie versucht etwas, das Vorlagen nicht dürfen ({why})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a macro calls itself without end</source>
        <translation>ein Makro ruft sich endlos selbst auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it needs more memory than a notice may use</source>
        <translation>sie braucht mehr Speicher, als eine Benachrichtigung verwenden darf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number in it is too large ({why})</source>
        <translation>eine Zahl darin ist zu groß ({why})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>include, import and extends are not available in notice templates</source>
        <translation>include, import und extends gibt es in Vorlagen für Benachrichtigungen nicht</translation>
    </message>
    <message>
        <location filename="../../services/notice_templates.py" line="+29"/>
        <source>The notice template cannot be used: {words}.</source>
        <translation>Die Vorlage der Benachrichtigung ist nicht verwendbar: {words}.</translation>
    </message>
    <message>
        <location filename="../../services/notices.py" line="+334"/>
        <location line="+7"/>
        <location line="+15"/>
        <source>That notice no longer exists.</source>
        <translation>Diese Benachrichtigung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../services/open_access.py" line="+111"/>
        <source>Give the web address of the open-access copy (starting with https://).</source>
        <translation>Geben Sie die Webadresse der Open-Access-Kopie an (beginnend mit https://).</translation>
    </message>
    <message>
        <location filename="../../services/outbox_view.py" line="+104"/>
        <source>That outbox message no longer exists.</source>
        <translation>Diese Nachricht im Postausgang gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was already sent.</source>
        <translation>Sie wurde bereits gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued for sending now.</source>
        <translation>Zum sofortigen Senden eingereiht.</translation>
    </message>
    <message>
        <location filename="../../services/patrons.py" line="+45"/>
        <source>Enter the patron&apos;s name.</source>
        <translation>Geben Sie den Namen des Benutzers ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or type the patron&apos;s library card barcode.</source>
        <translation>Scannen oder tippen Sie den Barcode des Bibliotheksausweises.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card barcode has 3 to 40 letters, digits or dashes.</source>
        <translation>Ein Ausweis-Barcode hat 3 bis 40 Buchstaben, Ziffern oder Bindestriche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{strip}” is not an e-mail address.</source>
        <translation>„{strip}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notices go by e-mail or on paper.</source>
        <translation>Benachrichtigungen gehen per E-Mail oder auf Papier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notices go by e-mail, so an e-mail address is needed.</source>
        <translation>Benachrichtigungen gehen per E-Mail, daher wird eine E-Mail-Adresse benötigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A request limit cannot be negative.</source>
        <translation>Ein Bestelllimit kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+29"/>
        <location line="+37"/>
        <location filename="../../services/requests.py" line="-633"/>
        <source>That patron no longer exists.</source>
        <translation>Diesen Benutzer gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Card {strip} already belongs to {name}.</source>
        <translation>Der Ausweis {strip} gehört bereits {name}.</translation>
    </message>
    <message>
        <location filename="../../services/printouts.py" line="-89"/>
        <source>{number} has no due date yet: receive it first.</source>
        <translation>{number} hat noch kein Leihfristende: Buchen Sie zuerst den Eingang.</translation>
    </message>
    <message>
        <location filename="../../services/purchasing.py" line="-324"/>
        <source>Spent {spent} {currency} in {label}</source>
        <translation>{spent} {currency} ausgegeben in {label}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{spent} (no budget set).</source>
        <translation>{spent} (kein Etat festgelegt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{spent} of {amount}; {left} left.</source>
        <translation>{spent} von {amount}; {left} übrig.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Type the amount the lender charged.</source>
        <translation>Geben Sie den Betrag ein, den die gebende Bibliothek berechnet hat.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Choose the supplier.</source>
        <translation>Wählen Sie den Lieferanten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cost cannot be negative.</source>
        <translation>Die Kosten können nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Say what it is for in at most {WHAT_MAX} characters.</source>
        <translation>Sagen Sie in höchstens {WHAT_MAX} Zeichen, wofür es ist.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>A budget cannot be negative.</source>
        <translation>Ein Etat kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{number} is a lending request; {refusal}</source>
        <translation>{number} ist eine gebende Bestellung; {refusal}</translation>
    </message>
    <message>
        <location filename="../../services/requests.py" line="-32"/>
        <location filename="../../services/routing.py" line="+29"/>
        <source>No request has the number {number}.</source>
        <translation>Keine Bestellung hat die Nummer {number}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The need-by date is already past.</source>
        <translation>Das Datum „benötigt bis“ ist schon vorbei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most the patron will pay cannot be negative.</source>
        <translation>Der Höchstbetrag, den der Benutzer zahlt, kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record id is at most 100 characters.</source>
        <translation>Eine Datensatz-ID hat höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the note to the lender under 500 characters.</source>
        <translation>Halten Sie die Notiz an die gebende Bibliothek unter 500 Zeichen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} already has an open request for this: {items}.</source>
        <translation>{name} hat dafür schon eine offene Bestellung: {items}.</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>“{label}” needs a reason.</source>
        <translation>„{label}“ braucht eine Begründung.</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Write the note first.</source>
        <translation>Schreiben Sie zuerst die Notiz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note fits in 2000 characters.</source>
        <translation>Eine Notiz hat höchstens 2000 Zeichen.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Only borrowing requests have a lender rota.</source>
        <translation>Nur nehmende Bestellungen haben einen Leitweg.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A chosen lender no longer exists.</source>
        <translation>Eine gewählte gebende Bibliothek gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Request {number} was changed by {value} at {updated_at:%H:%M} (now “{state}”). Reload it and try again; nothing was changed.</source>
        <translation>Die Bestellung {number} wurde von {value} um {updated_at:%H:%M} geändert (jetzt „{state}“). Laden Sie sie neu und versuchen Sie es noch einmal; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../services/reports/service.py" line="-108"/>
        <location filename="../../services/scanning.py" line="-300"/>
        <source>borrowing</source>
        <extracomment>``desk.check_out_card``: what check-out asks of the patron&apos;s card. The side of a request as an adjective in running text (&quot;no open borrowing request&quot;).</extracomment>
        <translation>nehmende</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../services/scanning.py" line="+0"/>
        <source>lending</source>
        <translation>gebende</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>New: requests created in the month. Finished: requests that reached complete, cancelled, unfilled or deflected to our own copy in the month.</source>
        <translation>Neu: im Monat angelegte Bestellungen. Abgeschlossen: Bestellungen, die im Monat abgeschlossen, storniert, negativ beantwortet oder auf unser eigenes Exemplar umgeleitet wurden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests by month, side, service and material</source>
        <translation>Bestellungen nach Monat, Richtung, Leistung und Material</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+10"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+136"/>
        <location line="+64"/>
        <location line="+160"/>
        <location line="+95"/>
        <source>requests</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="-441"/>
        <source>(no reason given)</source>
        <translation>(ohne Angabe von Gründen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill rate</source>
        <translation>Erfüllungsquote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counted by the month a request was {counted}. Filled: borrowing received from a lender; lending shipped or copy sent. Unfilled: ended unfilled without being filled. Fill rate = filled ÷ (filled + unfilled); open, cancelled, bought and open-access requests are not in the rate. Reasons: every unfilled answer, including lenders passed over in a rota.</source>
        <translation>Gezählt nach dem Monat, in dem eine Bestellung {counted} wurde. Erfüllt: nehmend von einer gebenden Bibliothek eingegangen; gebend verschickt oder Kopie gesendet. Negativ: ohne Erfüllung negativ beendet. Erfüllungsquote = erfüllt ÷ (erfüllt + negativ); offene, stornierte, gekaufte und Open-Access-Bestellungen zählen nicht. Gründe: jede negative Antwort, auch von gebenden Bibliotheken, die im Leitweg übergangen wurden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fill rate by month</source>
        <translation>Erfüllungsquote nach Monat</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+66"/>
        <location line="+14"/>
        <location line="+226"/>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+85"/>
        <location line="+10"/>
        <source>Requests</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>Filled</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+145"/>
        <source>Fill rate %</source>
        <translation>Erfüllungsquote %</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Unfilled reasons</source>
        <translation>Gründe für negative Antworten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>% filled</source>
        <translation>% erfüllt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Turnaround</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours, for requests created in the period: request → received (borrowing, created to first received), received → patron notified, lending request → shipped (created to shipped or copy sent). Median and 90th percentile by the nearest-rank method.</source>
        <translation>Stunden, für im Zeitraum angelegte Bestellungen: Bestellung → eingegangen (nehmend, vom Anlegen bis zum ersten Eingang), eingegangen → Benutzer benachrichtigt, gebende Bestellung → verschickt (vom Anlegen bis zum Versand oder zur gesendeten Kopie). Median und 90. Perzentil nach der Nearest-Rank-Methode.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per step</source>
        <translation>Je Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+14"/>
        <location line="+68"/>
        <source>Median h</source>
        <translation>Median h</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+14"/>
        <source>90th pct h</source>
        <translation>90. Perz. h</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Under 48 h</source>
        <translation>Unter 48 h</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>48–72 h</source>
        <translation>48–72 h</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Over 72 h</source>
        <translation>Über 72 h</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Per step and partner</source>
        <translation>Je Schritt und Partner</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lent: lending requests from the partner that we shipped or sent. Borrowed: our borrowing requests the partner filled. Balance = lent − borrowed. Fill rate they give us = borrowed ÷ (borrowed + times they answered unfilled or we declined their conditions). Median hours from our request to receiving their item.</source>
        <translation>Verliehen: gebende Bestellungen des Partners, die wir verschickt oder gesendet haben. Entliehen: unsere nehmenden Bestellungen, die der Partner erfüllt hat. Saldo = verliehen − entliehen. Erfüllungsquote des Partners für uns = entliehen ÷ (entliehen + negative Antworten oder von uns abgelehnte Bedingungen). Median der Stunden von unserer Bestellung bis zum Eingang des Mediums.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lending and borrowing per partner</source>
        <translation>Gebende und nehmende Fernleihe je Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symbol</source>
        <translation>Sigel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Lent</source>
        <translation>Verliehen</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Borrowed</source>
        <translation>Entliehen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Borrowing requests filled (received or bought)</source>
        <translation>Erfüllte nehmende Bestellungen (eingegangen oder gekauft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per filled request</source>
        <translation>Kosten je erfüllter Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget {label}</source>
        <translation>Etat {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent in {label}</source>
        <translation>Ausgegeben {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left in {label}</source>
        <translation>Übrig {label}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amounts recorded in the period, per currency. Cost per filled request = lender charges + purchases + royalties in {currency} ÷ borrowing requests received from a lender or bought in the period. The budget is the fiscal year the period ends in.</source>
        <translation>Im Zeitraum erfasste Beträge, je Währung. Kosten je erfüllter Bestellung = Gebühren gebender Bibliotheken + Käufe + Lizenzgebühren in {currency} ÷ nehmende Bestellungen, die im Zeitraum von einer gebenden Bibliothek eingingen oder gekauft wurden. Der Etat ist der des Haushaltsjahrs, in dem der Zeitraum endet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paid and billed</source>
        <translation>Bezahlt und berechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+58"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <location line="+112"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Per request and budget</source>
        <translation>Je Bestellung und Etat</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Borrowing requests</source>
        <translation>Nehmende Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met by open access</source>
        <translation>Durch Open Access erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Borrow or buy</source>
        <translation>Leihen oder kaufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Titles: borrowing requests for the same book (ISBN, else title) or journal (ISSN, else name) more than {times} times in the {years} years up to {end}. Classes: the first letters of the call number of our own copy, for requests whose ISBN is in our catalogue. Shares: of the borrowing requests created in the period.</source>
        <translation>Titel: nehmende Bestellungen für dasselbe Buch (ISBN, sonst Titel) oder dieselbe Zeitschrift (ISSN, sonst Name), mehr als {times}-mal in den {years} Jahren bis {end}. Klassen: die ersten Buchstaben der Signatur unseres eigenen Exemplars, für Bestellungen, deren ISBN in unserem Katalog steht. Anteile: an den im Zeitraum angelegten nehmenden Bestellungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Titles requested again and again</source>
        <translation>Immer wieder bestellte Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISBN/ISSN</source>
        <translation>ISBN/ISSN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classes most requested</source>
        <translation>Am häufigsten bestellte Klassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journals most requested</source>
        <translation>Am häufigsten bestellte Zeitschriften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open access and purchase share</source>
        <translation>Anteil Open Access und Kauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share %</source>
        <translation>Anteil %</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Requests received from other libraries</source>
        <translation>Von anderen Bibliotheken erhaltene Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lending requests created in the period.</source>
        <translation>Im Zeitraum angelegte gebende Bestellungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— filled</source>
        <translation>— erfüllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of those, shipped or copy sent.</source>
        <translation>Davon verschickt oder Kopie gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>— unfilled</source>
        <translation>— negativ</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Of those, answered unfilled.</source>
        <translation>Davon negativ beantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items provided (returnables)</source>
        <translation>Gelieferte Medien (rückgabepflichtig)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lending loans shipped.</source>
        <translation>Verschickte gebende Leihen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies provided (non-returnables)</source>
        <translation>Gelieferte Kopien (nicht rückgabepflichtig)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lending copies sent.</source>
        <translation>Gesendete gebende Kopien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests made to other libraries</source>
        <translation>An andere Bibliotheken gestellte Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borrowing requests created in the period.</source>
        <translation>Im Zeitraum angelegte nehmende Bestellungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— received</source>
        <translation>— eingegangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of those, received from a lender.</source>
        <translation>Davon von einer gebenden Bibliothek eingegangen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of those, unfilled by every lender asked.</source>
        <translation>Davon von allen gefragten gebenden Bibliotheken negativ beantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returnables received</source>
        <translation>Erhaltene rückgabepflichtige Medien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Borrowing loans received.</source>
        <translation>Eingegangene nehmende Leihen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-returnables received</source>
        <translation>Erhaltene nicht rückgabepflichtige Medien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Borrowing copies received.</source>
        <translation>Eingegangene nehmende Kopien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annual statistics</source>
        <translation>Jahresstatistik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counts for national and consortium surveys; every count is of requests created in the period, whatever their state now. The side filter does not apply.</source>
        <translation>Zahlen für nationale und Verbundstatistiken; jede Zahl zählt im Zeitraum angelegte Bestellungen, gleich in welchem Status sie heute sind. Der Filter nach Richtung gilt hier nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey counts</source>
        <translation>Statistikzahlen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Returnables</source>
        <translation>Rückgabepflichtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-returnables</source>
        <translation>Nicht rückgabepflichtig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>requests filled</source>
        <translation>erfüllte Bestellungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copyright (rule of five)</source>
        <translation>Urheberrecht (Fünferregel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Borrowing copy requests made in {year} per journal, counted under the CONTU rule of five (articles published within five years of the request); those over the rule, and royalties paid. The report covers the calendar year the period ends in.</source>
        <translation>Nehmende Kopienbestellungen im Jahr {year} je Zeitschrift, gezählt nach der CONTU-Fünferregel (Aufsätze, die innerhalb von fünf Jahren vor der Bestellung erschienen sind); die über der Regel und die gezahlten Lizenzgebühren. Der Bericht umfasst das Kalenderjahr, in dem der Zeitraum endet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Journals</source>
        <translation>Zeitschriften</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the rule</source>
        <translation>Über der Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Royalties paid</source>
        <translation>Gezahlte Lizenzgebühren</translation>
    </message>
    <message>
        <location filename="../../services/scanning.py" line="+16"/>
        <source>Scan the request number on the lender&apos;s paperwork or the item</source>
        <translation>Die Bestellnummer auf den Begleitpapieren der gebenden Bibliothek oder das Exemplar scannen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan the item (or its book band) to lend it to the patron</source>
        <translation>Das Exemplar (oder seine Buchbanderole) scannen, um es an den Benutzer auszuleihen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan the item the patron brings back</source>
        <translation>Das Exemplar scannen, das der Benutzer zurückbringt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan the item going back to its lender</source>
        <translation>Das Exemplar scannen, das an seine gebende Bibliothek zurückgeht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pull</source>
        <translation>Ausheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the copy taken from the shelf (or the pull slip, then the copy)</source>
        <translation>Das aus dem Regal genommene Exemplar scannen (oder den Bestellzettel, dann das Exemplar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan the pulled item or the pull slip to ship it</source>
        <translation>Das ausgehobene Exemplar oder den Bestellzettel scannen, um es zu versenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan our item coming back from the borrowing library</source>
        <translation>Unser Exemplar scannen, das von der nehmenden Bibliothek zurückkommt</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Scan the item first, then the patron&apos;s card.</source>
        <translation>Scannen Sie zuerst das Exemplar, dann den Benutzerausweis.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This desk checks items out only against the patron&apos;s card: scan the card (Settings → desk: check-out card). Nothing was changed.</source>
        <translation>Diese Theke verbucht Ausleihen nur mit dem Benutzerausweis: Scannen Sie den Ausweis (Einstellungen → Theke: Benutzerausweis bei der Ausleihe). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No request has the number {text}.</source>
        <translation>Keine Bestellung hat die Nummer {text}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text} is a {side} request; this is the {side_name} scan station.</source>
        <translation>{text} ist eine {side} Bestellung; dies ist die Scanstation für {side_name} Bestellungen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No open {side_name} request has item {text}. Scan the request number on the paperwork instead.</source>
        <translation>Keine offene {side_name} Bestellung hat das Exemplar {text}. Scannen Sie stattdessen die Bestellnummer auf den Begleitpapieren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{number} is “{state}”: {why_not} Nothing was changed.</source>
        <translation>{number} ist „{state}“: {why_not} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Item {text} is on several open requests ({numbers}); scan the request number instead.</source>
        <translation>Das Exemplar {text} gehört zu mehreren offenen Bestellungen ({numbers}); scannen Sie stattdessen die Bestellnummer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{number} is “{state_label}”: it is not waiting to be pulled. Nothing was changed.</source>
        <translation>{number} ist „{state_label}“: Sie wartet nicht auf das Ausheben. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copy {text} is not in our catalogue. Scan the pull slip first, then the copy.</source>
        <translation>Das Exemplar {text} ist nicht in unserem Katalog. Scannen Sie zuerst den Bestellzettel, dann das Exemplar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{number} already has copy {item_barcodes}; {text} belongs to another request or none. Nothing was changed.</source>
        <translation>{number} hat bereits das Exemplar {item_barcodes}; {text} gehört zu einer anderen oder keiner Bestellung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Copy {barcode} is shelved in {location}, which we do not lend from. Answer the request as unfilled (non-circulating) or pick another copy.</source>
        <translation>Das Exemplar {barcode} steht in {location}, von dort verleihen wir nicht. Beantworten Sie die Bestellung negativ (nicht ausleihbar) oder wählen Sie ein anderes Exemplar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{number}: we do not lend {material_in_text} to {who} ({value}). Answer the request as unfilled (non-circulating) with F12, or change the rule. Nothing was changed.</source>
        <translation>{number}: Wir verleihen {material_in_text} nicht an {who} ({value}). Beantworten Sie die Bestellung mit F12 negativ (nicht ausleihbar) oder ändern Sie die Regel. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scan the pull slip first, then the copy.</source>
        <translation>Scannen Sie zuerst den Bestellzettel, dann das Exemplar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No request waiting to be pulled asks for {title} ({barcode}). Check the pull slip.</source>
        <translation>Keine Bestellung, die auf das Ausheben wartet, verlangt {title} ({barcode}). Prüfen Sie den Bestellzettel.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title} is asked for by several requests ({numbers}); scan the pull slip first, then the copy.</source>
        <translation>{title} wird von mehreren Bestellungen verlangt ({numbers}); scannen Sie zuerst den Bestellzettel, dann das Exemplar.</translation>
    </message>
    <message>
        <location filename="../../services/shipping.py" line="-226"/>
        <source>This request has no partner library.</source>
        <translation>Diese Bestellung hat keine Partnerbibliothek.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a carrier: {items}.</source>
        <translation>Wählen Sie einen Versanddienst: {items}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weigh the parcel and enter its weight in kilograms.</source>
        <translation>Wiegen Sie das Paket und geben Sie sein Gewicht in Kilogramm ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than 30 kg is not a library parcel; check the weight.</source>
        <translation>Mehr als 30 kg ist kein Bibliothekspaket; prüfen Sie das Gewicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{carrier} parcels need a tracking number: scan it.</source>
        <translation>Pakete mit {carrier} brauchen eine Sendungsnummer: Scannen Sie sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declare the value of the contents for customs.</source>
        <translation>Geben Sie den Wert des Inhalts für den Zoll an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the contents for customs.</source>
        <translation>Beschreiben Sie den Inhalt für den Zoll.</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>No parcel has been sent for {number} yet.</source>
        <translation>Für {number} wurde noch kein Paket verschickt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>That request has no lender to return to.</source>
        <translation>Diese Bestellung hat keine gebende Bibliothek, an die sie zurückgehen könnte.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/damaged.py" line="+29"/>
        <source>{0}

Restore the backup made {1} now? Everything entered after it is missing afterwards; the damaged file is kept next to the database for your support contact. Close illdesk on the other desks first.</source>
        <translation>{0}

Die Sicherung vom {1} jetzt wiederherstellen? Alles, was danach erfasst wurde, fehlt anschließend; die beschädigte Datei bleibt für Ihren Support neben der Datenbank liegen. Schließen Sie zuerst illdesk an den anderen Theken.</translation>
    </message>
    <message>
        <location filename="../../ui/charges_dialog.py" line="+46"/>
        <source>Billed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/interop/ncip_queue.py" line="+36"/>
        <location filename="../../ui/notices_view.py" line="+43"/>
        <location filename="../../ui/peer/outbox_dialog.py" line="-6"/>
        <source>Request</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../services/reports/service.py" line="-328"/>
        <location line="+65"/>
        <location filename="../../ui/charges_dialog.py" line="+1"/>
        <location filename="../../ui/partners/policy_page.py" line="+41"/>
        <location filename="../../ui/peer/outbox_dialog.py" line="+1"/>
        <location filename="../../ui/table_models.py" line="+184"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/charges_dialog.py" line="+1"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../services/reports/service.py" line="+106"/>
        <location line="+5"/>
        <location filename="../../ui/charges_dialog.py" line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../ui/charges_dialog.py" line="+1"/>
        <source>Vouchers</source>
        <translation>Gutscheine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../services/reports/service.py" line="-309"/>
        <location line="+360"/>
        <location filename="../../ui/detail_pane.py" line="+331"/>
        <source>Service</source>
        <translation>Leihverkehrsart</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="+7"/>
        <source>Patron</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current lender</source>
        <translation>Aktuelle gebende Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most the patron will pay</source>
        <translation>Höchstbetrag, den der Benutzer zahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lender&apos;s record id</source>
        <translation>Datensatz-ID der gebenden Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note to the lender</source>
        <translation>Notiz an die gebende Bibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borrowing library</source>
        <translation>Nehmende Bibliothek</translation>
    </message>
    <message>
        <location filename="../../domain/routing.py" line="-68"/>
        <location filename="../../services/reports/service.py" line="-359"/>
        <location filename="../../ui/detail_pane.py" line="+1"/>
        <location filename="../../ui/partners/policy_page.py" line="+1"/>
        <source>Material</source>
        <translation>Materialart</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="+3"/>
        <source>Lending policy</source>
        <translation>Leihbedingungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deliver to</source>
        <translation>Liefern an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their patron</source>
        <translation>Ihr Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/table_models.py" line="-2"/>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location filename="../../services/reports/service.py" line="+359"/>
        <location filename="../../ui/detail_pane.py" line="+1"/>
        <location filename="../../ui/dialogs/find_lenders_dialog.py" line="+60"/>
        <location filename="../../ui/table_models.py" line="-1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="+1"/>
        <source>Article</source>
        <translation>Aufsatz</translation>
    </message>
    <message>
        <location filename="../../services/reports/service.py" line="+4"/>
        <location line="+93"/>
        <location filename="../../ui/detail_pane.py" line="+1"/>
        <source>Journal</source>
        <translation>Zeitschrift</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="+1"/>
        <source>Volume / issue / pages</source>
        <translation>Band / Heft / Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition</source>
        <translation>Auflage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Verlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../../services/reports/service.py" line="+1"/>
        <location filename="../../ui/detail_pane.py" line="+1"/>
        <source>ISSN</source>
        <translation>ISSN</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="-310"/>
        <source>physical</source>
        <translation>physisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>electronic</source>
        <translation>elektronisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not asked yet</source>
        <translation>noch nicht gefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked</source>
        <translation>angefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplied</source>
        <translation>geliefert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unfilled</source>
        <translation>negativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>OCLC number</source>
        <translation>OCLC-Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed by</source>
        <translation>Benötigt bis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due (patron)</source>
        <translation>Fällig (Benutzer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due to the lender</source>
        <translation>Fällig bei der gebenden Bibliothek</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../ui/table_models.py" line="+5"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/partners/policy_page.py" line="+11"/>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost offered by the lender</source>
        <translation>Von der gebenden Bibliothek angebotene Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost we offered</source>
        <translation>Von uns angebotene Kosten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charged by the lender</source>
        <translation>Von der gebenden Bibliothek berechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask again after</source>
        <translation>Erneut anfragen nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the lender asks to retry</source>
        <translation>Warum die gebende Bibliothek um erneute Anfrage bittet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Exemplare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue level</source>
        <translation>Mahnstufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewals used</source>
        <translation>Genutzte Verlängerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/notices_view.py" line="-1"/>
        <location filename="../../ui/peer/outbox_dialog.py" line="-2"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/find_lenders_dialog.py" line="-2"/>
        <location filename="../../ui/settings_dialog.py" line="+45"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/settings_dialog.py" line="+9"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call number</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../services/reports/service.py" line="-470"/>
        <source>Volume</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../../ui/interop/ncip_queue.py" line="+1"/>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <location filename="../../domain/routing.py" line="+7"/>
        <location filename="../../ui/interop/ncip_queue.py" line="+1"/>
        <location filename="../../ui/peer/outbox_dialog.py" line="+4"/>
        <location filename="../../ui/table_models.py" line="-7"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/interop/ncip_queue.py" line="+1"/>
        <location filename="../../ui/notices_view.py" line="+5"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next try (UTC)</source>
        <translation>Nächster Versuch (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/notices_view.py" line="+4"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/keymap.py" line="+60"/>
        <source>New &amp;borrowing request…</source>
        <translation>Neue &amp;nehmende Bestellung…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New borrowing request</source>
        <translation>Neue nehmende Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;lending request…</source>
        <translation>Neue &amp;gebende Bestellung…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New lending request</source>
        <translation>Neue gebende Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;patron…</source>
        <translation>Neuer &amp;Benutzer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New patron</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notices…</source>
        <translation>&amp;Benachrichtigungen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notices waiting to be sent or printed</source>
        <translation>Benachrichtigungen, die auf Versand oder Druck warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To the search box of the tab in front</source>
        <translation>Zum Suchfeld des vorderen Reiters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the list again from the database</source>
        <translation>Die Liste neu aus der Datenbank lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the &amp;scan box</source>
        <translation>Zurück zum &amp;Scanfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the scan box, ready for the next scan</source>
        <translation>Zum Scanfeld, bereit für den nächsten Scan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit illdesk</source>
        <translation>illdesk beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user guide, shipped with the program</source>
        <translation>Das Benutzerhandbuch, das mit dem Programm kommt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/menus.py" line="+126"/>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find &amp;lenders for this request…</source>
        <translation>Gebende &amp;Bibliotheken für diese Bestellung suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the partners&apos; catalogues for the borrowing request shown (Borrowing)</source>
        <translation>Die Kataloge der Partner nach der angezeigten nehmenden Bestellung durchsuchen (Nehmende Fernleihe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station mode 1</source>
        <translation>Stationsmodus 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receive (Borrowing) · Pull (Lending)</source>
        <translation>Eingang (Nehmende Fernleihe) · Ausheben (Gebende Fernleihe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station mode 2</source>
        <translation>Stationsmodus 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check out (Borrowing) · Ship (Lending)</source>
        <translation>Ausleihe (Nehmende Fernleihe) · Versand (Gebende Fernleihe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station mode 3</source>
        <translation>Stationsmodus 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in (Borrowing) · Return received (Lending)</source>
        <translation>Rückgabe durch Benutzer (Nehmende Fernleihe) · Rücksendung erhalten (Gebende Fernleihe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station mode 4</source>
        <translation>Stationsmodus 4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return to lender (Borrowing)</source>
        <translation>An gebende Bibliothek zurück (Nehmende Fernleihe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pull slips for waiting requests…</source>
        <translation>&amp;Bestellzettel für wartende Bestellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pull slips (Lending)</source>
        <translation>Bestellzettel drucken (Gebende Fernleihe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note the &amp;condition of the returned item…</source>
        <translation>&amp;Zustand des zurückgegebenen Exemplars vermerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note the condition of the item just returned (Lending)</source>
        <translation>Zustand des eben zurückgekommenen Exemplars vermerken (Gebende Fernleihe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer &amp;unfilled…</source>
        <translation>&amp;Negativ beantworten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer “unfilled” for the request just scanned (Lending)</source>
        <translation>Die eben gescannte Bestellung negativ („nicht lieferbar“) beantworten (Gebende Fernleihe)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take the scan (a scanner sends it after the barcode)</source>
        <extracomment>Station modes: F5 is the first mode button of the tab in front, F6 the second, …</extracomment>
        <translation>Den Scan übernehmen (ein Scanner sendet es nach dem Barcode)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>scan box</source>
        <translation>Scanfeld</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Check out without the card, when the desk allows it (on an empty scan box after the item)</source>
        <translation>Ohne Ausweis ausleihen, wenn die Theke es erlaubt (Enter im leeren Scanfeld nach dem Exemplar)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take the selected request&apos;s next step</source>
        <translation>Den nächsten Schritt der gewählten Bestellung ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request list</source>
        <translation>Bestellliste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take the request&apos;s next step (the first, highlighted button)</source>
        <translation>Den nächsten Schritt der Bestellung ausführen (die erste, hervorgehobene Schaltfläche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detail pane</source>
        <translation>Detailbereich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look the card up and go to the next field</source>
        <translation>Ausweis nachschlagen und zum nächsten Feld gehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patron card fields</source>
        <translation>Felder für den Benutzerausweis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ship and print the label</source>
        <translation>Versenden und das Etikett drucken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ship form</source>
        <translation>Versandformular</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="-65"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Borrowing requests…</source>
        <translation>&amp;Nehmende Bestellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lending requests…</source>
        <translation>&amp;Gebende Bestellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our &amp;catalogue…</source>
        <translation>Unser &amp;Katalog…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back &amp;up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Desk</source>
        <translation>&amp;Theke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check &amp;overdue loans now</source>
        <translation>Überfällige Ausleihen jetzt &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanners and &amp;RFID pads…</source>
        <translation>Scanner und &amp;RFID-Lesegeräte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports and s&amp;tatistics…</source>
        <translation>Berichte und &amp;Statistik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copyright report…</source>
        <translation>&amp;Urheberrechtsbericht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase &amp;budget…</source>
        <translation>Erwerbungs&amp;etat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lending c&amp;harges and vouchers…</source>
        <translation>&amp;Gebühren und Gutscheine der gebenden Fernleihe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;libraries and lending policy…</source>
        <translation>Partner&amp;bibliotheken und Leihbedingungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printers and test prints…</source>
        <translation>&amp;Drucker und Testdrucke…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 18626 &amp;outbox…</source>
        <translation>ISO-18626-&amp;Postausgang…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library system (&amp;NCIP) queue…</source>
        <translation>Warteschlange des Bibliothekssystems (&amp;NCIP)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing r&amp;ules…</source>
        <translation>&amp;Weiterleitungsregeln…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;taff and roles…</source>
        <translation>&amp;Mitarbeiter und Rollen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Aktivitätsprotokoll…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove old patron &amp;data now…</source>
        <translation>Alte Benutzerdaten jetzt ent&amp;fernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Scan</source>
        <translation>&amp;Scannen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print pull slips &amp;again…</source>
        <translation>Bestellzettel &amp;erneut drucken…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About illdesk</source>
        <translation>&amp;Über illdesk</translation>
    </message>
    <message>
        <location filename="../../ui/notices_view.py" line="-7"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/table_models.py" line="+160"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../../ui/partners/policy_page.py" line="-9"/>
        <source>Lend</source>
        <translation>Verleihen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loan days</source>
        <translation>Leihtage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewals</source>
        <translation>Verlängerungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/routing/rules_dialog.py" line="+65"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} days</source>
        <translation>{0} Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} renewal(s)</source>
        <translation>{0} Verlängerung(en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charge {0}</source>
        <translation>Gebühr {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lend:</source>
        <translation>Verleihen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conditions:</source>
        <translation>Bedingungen:</translation>
    </message>
    <message>
        <location filename="../../ui/patrons_tab.py" line="+164"/>
        <location filename="../../ui/table_models.py" line="-40"/>
        <source>Card</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/settings_dialog.py" line="-4"/>
        <location filename="../../ui/table_models.py" line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/table_models.py" line="+1"/>
        <source>Category</source>
        <translation>Benutzergruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card expires</source>
        <translation>Ausweis gültig bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request limit</source>
        <translation>Bestelllimit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pickup at</source>
        <translation>Abholung in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices by</source>
        <translation>Benachrichtigung per</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/table_models.py" line="+2"/>
        <source>Active requests</source>
        <translation>Aktive Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/peer/outbox_dialog.py" line="-17"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location filename="../../services/reports/service.py" line="+73"/>
        <location filename="../../ui/peer/outbox_dialog.py" line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/request_tab.py" line="+92"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../services/reports/service.py" line="+363"/>
        <location filename="../../ui/settings_dialog.py" line="-4"/>
        <source>Borrowing</source>
        <translation>Nehmende Fernleihe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/settings_dialog.py" line="+1"/>
        <source>Lending</source>
        <translation>Gebende Fernleihe</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+1"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 18626 partners</source>
        <translation>ISO-18626-Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NCIP (our ILS)</source>
        <translation>NCIP (unser Bibliothekssystem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article copies</source>
        <translation>Aufsatzkopien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright</source>
        <translation>Urheberrecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk</source>
        <translation>Diese Theke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase on demand</source>
        <translation>Erwerbung auf Wunsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lender rota</source>
        <translation>Leitweg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="-348"/>
        <location filename="../../ui/table_models.py" line="-264"/>
        <source>loan</source>
        <extracomment>Actions the copy panel takes after really sending the PDF (e-mail or print); a bare button would record a delivery that never happened.</extracomment>
        <translation>Leihe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/table_models.py" line="+0"/>
        <source>copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="+139"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Need by</source>
        <translation>Benötigt bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} expired</source>
        <translation>Abgelaufen am {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The card has expired: renew it before a new request.</source>
        <translation>Der Ausweis ist abgelaufen: Verlängern Sie ihn vor einer neuen Bestellung.</translation>
    </message>
    <message>
        <location filename="../../ui/routing/rules_dialog.py" line="-5"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/table_models.py" line="+8"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../services/paper.py" line="+54"/>
        <source>No pull slip: {reason}.</source>
        <translation>Kein Bestellzettel: {reason}.</translation>
    </message>
    <message>
        <location filename="../../domain/barcodes.py" line="+110"/>
        <source>The pattern for {kind_name} “{pattern}” is not valid: {exc}.</source>
        <extracomment>How each kind is named in messages (&quot;That is a patron card, not an item barcode.&quot;).</extracomment>
        <translation>Das Muster für {kind_name} „{pattern}“ ist ungültig: {exc}.</translation>
    </message>
    <message>
        <location filename="../../domain/customs.py" line="+50"/>
        <source>The SDR rate “{part}” is not a number.</source>
        <translation>Der SZR-Kurs „{part}“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SDR rate “{part}” must be above zero.</source>
        <translation>Der SZR-Kurs „{part}“ muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no SDR exchange rate for {currency}; add it in the printing settings to choose between CN22 and CN23.</source>
        <translation>Für {currency} gibt es keinen SZR-Kurs; tragen Sie ihn in den Druckeinstellungen ein, damit zwischen CN22 und CN23 gewählt werden kann.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The declared value cannot be negative.</source>
        <translation>Der angegebene Wert kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../domain/library_settings.py" line="+18"/>
        <source>The library&apos;s name as it appears on notices and printouts.</source>
        <translation>Der Name der Bibliothek, wie er auf Benachrichtigungen und Ausdrucken steht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library name</source>
        <translation>Name der Bibliothek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our symbol or ISIL, as partners know us.</source>
        <translation>Unser Sigel oder ISIL, unter dem uns die Partner kennen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library symbol (ISIL or OCLC)</source>
        <translation>Bibliothekssigel (ISIL oder OCLC)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Street address of the ILL office.</source>
        <translation>Straße und Hausnummer der Fernleihstelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City.</source>
        <translation>Ort.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal code.</source>
        <translation>Postleitzahl.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State, province or region (where the country uses one).</source>
        <translation>Bundesland, Provinz oder Region (wo das Land so etwas kennt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State, province or region</source>
        <translation>Bundesland, Provinz oder Region</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country (ISO 3166 two-letter code).</source>
        <translation>Land (zweibuchstabiger Code nach ISO 3166).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail of the ILL office.</source>
        <translation>E-Mail-Adresse der Fernleihstelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILL e-mail</source>
        <translation>E-Mail der Fernleihe</translation>
    </message>
    <message>
        <location filename="../../domain/progress.py" line="+28"/>
        <source>Cancelled by staff.</source>
        <translation>Vom Personal abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../domain/report_table.py" line="+85"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../domain/rfid_model.py" line="+119"/>
        <source>A tag block has {block_length} bytes, this one {count}.</source>
        <translation>Ein Etikettenblock hat {block_length} Bytes, dieser {count}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The tag gave {count} bytes; a library tag holds at least {block_length}.</source>
        <translation>Das Etikett lieferte {count} Bytes; ein Bibliotheksetikett enthält mindestens {block_length}.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The {name} “{value}” must be plain letters and digits.</source>
        <translation>Der Wert „{value}“ ({name}) darf nur Buchstaben und Ziffern enthalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {name} “{value}” is longer than {limit} characters.</source>
        <translation>Der Wert „{value}“ ({name}) ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The {name} “{value}” has characters a tag cannot hold.</source>
        <translation>Der Wert „{value}“ ({name}) enthält Zeichen, die ein Etikett nicht speichern kann.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The number of parts must be between 1 and 255.</source>
        <translation>Die Zahl der Teile muss zwischen 1 und 255 liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part {part_number} of {parts_in_item} is not possible.</source>
        <translation>Teil {part_number} von {parts_in_item} ist nicht möglich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version and type of usage must each fit in 4 bits.</source>
        <translation>Version und Nutzungsart müssen jeweils in 4 Bit passen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The country “{country}” must be a two-letter code like DK.</source>
        <translation>Das Land „{country}“ muss ein zweibuchstabiger Code wie DK sein.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>An item tag needs an item id.</source>
        <translation>Ein Exemplaretikett braucht eine Exemplarnummer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“{text}” is not hexadecimal tag data.</source>
        <translation>„{text}“ sind keine hexadezimalen Etikettdaten.</translation>
    </message>
    <message>
        <location filename="../../domain/settings.py" line="+60"/>
        <source>{setting}: “{value}” is not yes or no.</source>
        <translation>{setting}: „{value}“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{setting}: “{value}” is not a whole number.</source>
        <translation>{setting}: „{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{setting}: “{value}” is not a number.</source>
        <translation>{setting}: „{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{setting}: “{value}” is not one of {choices}.</source>
        <translation>{setting}: „{value}“ ist keiner der Werte {choices}.</translation>
    </message>
    <message>
        <location filename="../../hardware/settings_defs.py" line="+27"/>
        <source>Serial port of the barcode scanner (COM3, /dev/ttyACM0); empty: no serial scanner (keyboard-wedge scanners need no setting).</source>
        <translation>Serielle Schnittstelle des Barcodescanners (COM3, /dev/ttyACM0); leer: kein serieller Scanner (Scanner im Tastaturmodus brauchen keine Einstellung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serial scanner port</source>
        <translation>Schnittstelle des seriellen Scanners</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Baud rate of the serial scanner.</source>
        <translation>Baudrate des seriellen Scanners.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial scanner speed (baud)</source>
        <translation>Geschwindigkeit des seriellen Scanners (Baud)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data bits of the serial scanner.</source>
        <translation>Datenbits des seriellen Scanners.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial scanner data bits</source>
        <translation>Datenbits des seriellen Scanners</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parity of the serial scanner: N none, E even, O odd, M mark, S space.</source>
        <translation>Parität des seriellen Scanners: N keine, E gerade, O ungerade, M Mark, S Space.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial scanner parity</source>
        <translation>Parität des seriellen Scanners</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop bits of the serial scanner.</source>
        <translation>Stoppbits des seriellen Scanners.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial scanner stop bits</source>
        <translation>Stoppbits des seriellen Scanners</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What ends one scan on the serial line: any of CR/LF/Tab/ETX, or just one.</source>
        <translation>Was einen Scan auf der seriellen Leitung beendet: eines von CR/LF/Tab/ETX oder nur ein bestimmtes Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End of a scan on the serial line</source>
        <translation>Ende eines Scans auf der seriellen Leitung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How often (ms) an unplugged scanner or RFID pad is looked for again.</source>
        <translation>Wie oft (ms) nach einem ausgesteckten Scanner oder RFID-Lesegerät gesucht wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look again for an unplugged device every (ms)</source>
        <translation>Ausgestecktes Gerät erneut suchen alle (ms)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Catch keyboard-wedge scans that land in the wrong field and send them to the station&apos;s scan box.</source>
        <translation>Scans im Tastaturmodus, die im falschen Feld landen, abfangen und an das Scanfeld der Station weitergeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catch keyboard scanner input in the wrong field</source>
        <translation>Scannereingaben im falschen Feld abfangen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Longest pause (ms) between two keys of one scanner burst; people type slower.</source>
        <translation>Längste Pause (ms) zwischen zwei Zeichen eines Scans; Menschen tippen langsamer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest pause inside one keyboard scan (ms)</source>
        <translation>Längste Pause innerhalb eines Scans (ms)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fewest characters a keyboard-wedge burst needs to count as a scan.</source>
        <translation>Wie viele Zeichen eine schnelle Eingabe mindestens haben muss, um als Scan zu gelten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewest characters of a keyboard scan</source>
        <translation>Mindestzahl Zeichen eines Scans</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comma-separated prefixes a scanner adds before the barcode, removed from scans.</source>
        <translation>Präfixe, die der Scanner vor den Barcode setzt, durch Kommas getrennt; sie werden entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefixes the scanner adds</source>
        <translation>Präfixe des Scanners</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comma-separated suffixes a scanner adds after the barcode, removed from scans.</source>
        <translation>Suffixe, die der Scanner an den Barcode anhängt, durch Kommas getrennt; sie werden entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suffixes the scanner adds</source>
        <translation>Suffixe des Scanners</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item labels are Code 39 with a mod-43 check character (removed from scans).</source>
        <translation>Exemplaretiketten sind Code 39 mit Prüfzeichen nach Modulo 43 (wird beim Scannen entfernt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item labels carry a Code 39 check character</source>
        <translation>Exemplaretiketten tragen ein Code-39-Prüfzeichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the desk tells a scanned request number from other barcodes.</source>
        <translation>Woran die Theke eine gescannte Bestellnummer von anderen Barcodes unterscheidet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a request number looks like</source>
        <translation>So sieht eine Bestellnummer aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the desk tells a scanned patron card from other barcodes.</source>
        <translation>Woran die Theke einen gescannten Benutzerausweis von anderen Barcodes unterscheidet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a patron card looks like</source>
        <translation>So sieht ein Benutzerausweis aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the desk tells a parcel tracking number from other barcodes.</source>
        <translation>Woran die Theke eine Sendungsnummer von anderen Barcodes unterscheidet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a parcel tracking number looks like</source>
        <translation>So sieht eine Sendungsnummer aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the desk tells an item barcode (checked after the others).</source>
        <translation>Woran die Theke einen Exemplarbarcode erkennt (nach den anderen geprüft).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What an item barcode looks like</source>
        <translation>So sieht ein Exemplarbarcode aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Serial port of the RFID pad; empty: no RFID pad.</source>
        <translation>Serielle Schnittstelle des RFID-Lesegeräts; leer: kein RFID-Lesegerät.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFID pad port</source>
        <translation>Schnittstelle des RFID-Lesegeräts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Baud rate of the RFID pad.</source>
        <translation>Baudrate des RFID-Lesegeräts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFID pad speed (baud)</source>
        <translation>Geschwindigkeit des RFID-Lesegeräts (Baud)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How often (ms) the RFID pad is asked which tags lie on it.</source>
        <translation>Wie oft (ms) das RFID-Lesegerät gefragt wird, welche Etiketten darauf liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the RFID pad every (ms)</source>
        <translation>RFID-Lesegerät abfragen alle (ms)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An item laid on the RFID pad is a scan of its barcode, like a scanner&apos;s (items already on the pad when the desk starts are not).</source>
        <translation>Ein auf das RFID-Lesegerät gelegtes Exemplar gilt als Scan seines Barcodes, wie beim Scanner (Exemplare, die beim Start der Theke schon darauf liegen, nicht).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An item laid on the pad is a scan</source>
        <translation>Aufgelegtes Exemplar gilt als Scan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our library&apos;s ISIL (e.g. DK-710100), written to the tags of our own items.</source>
        <translation>Das ISIL unserer Bibliothek (z. B. DK-710100), das auf die Etiketten unserer eigenen Exemplare geschrieben wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our ISIL on RFID tags</source>
        <translation>Unser ISIL auf RFID-Etiketten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AFI value of a secured item in the library (ISO 28560: 7).</source>
        <translation>AFI-Wert eines gesicherten Exemplars in der Bibliothek (ISO 28560: 7).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AFI of a secured item</source>
        <translation>AFI eines gesicherten Exemplars</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AFI value of an item that left with a patron or in a parcel (ISO 28560: 194, hex C2).</source>
        <translation>AFI-Wert eines Exemplars, das mit einem Benutzer oder im Paket das Haus verlassen hat (ISO 28560: 194, hex C2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AFI of an item that left</source>
        <translation>AFI eines ausgegebenen Exemplars</translation>
    </message>
    <message>
        <location filename="../../interop/catalogue_settings.py" line="+22"/>
        <source>MARC field that holds our items (852 standard holdings, 949 local/Sirsi-style, 952 Koha).</source>
        <translation>MARC-Feld mit unseren Exemplaren (852 Standard-Bestandsfeld, 949 lokal/Sirsi, 952 Koha).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MARC field of holdings</source>
        <translation>MARC-Feld des Bestands</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which subfields hold what, e.g. “barcode=p call_number=hi location=b status=x”. Empty = the usual layout of the chosen field.</source>
        <translation>Welche Unterfelder was enthalten, z. B. „barcode=p call_number=hi location=b status=x“. Leer = die übliche Belegung des gewählten Felds.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MARC subfields of holdings</source>
        <translation>MARC-Unterfelder des Bestands</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Character set of MARC files without a reliable leader: auto (look at the bytes), marc8, utf-8, cp1251, ...</source>
        <translation>Zeichensatz von MARC-Dateien ohne verlässlichen Leader: auto (an den Bytes erkennen), marc8, utf-8, cp1251, ...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Character set of MARC files</source>
        <translation>Zeichensatz der MARC-Dateien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalogues to search, one a line: Name | base URL | database | record schema | holdings field. Example: Union catalogue | http://sru.example.org | Default | marcxml | 852</source>
        <translation>Zu durchsuchende Kataloge, einer je Zeile: Name | Basis-URL | Datenbank | Datensatzschema | Bestandsfeld. Beispiel: Verbundkatalog | http://sru.example.org | Default | marcxml | 852</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catalogues to search (SRU)</source>
        <translation>Zu durchsuchende Kataloge (SRU)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our own OPAC, asked over SRU (or Z39.50) by the holdings check as well as the imported MARC: one line, Name | base URL | database | record schema | holdings field. Empty = only imported MARC is checked.</source>
        <translation>Unser eigener OPAC, den die Bestandsprüfung neben den importierten MARC-Daten über SRU (oder Z39.50) fragt: eine Zeile, Name | Basis-URL | Datenbank | Datensatzschema | Bestandsfeld. Leer = nur importierte MARC-Daten werden geprüft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Our own catalogue (OPAC)</source>
        <translation>Unser eigener Katalog (OPAC)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How long to wait for a catalogue to answer before saying it is down or slow.</source>
        <translation>Wie lange auf die Antwort eines Katalogs gewartet wird, bevor er als nicht erreichbar oder langsam gemeldet wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for a catalogue (seconds)</source>
        <translation>Auf einen Katalog warten (Sekunden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many records to fetch from each catalogue per search.</source>
        <translation>Wie viele Datensätze je Suche aus jedem Katalog geholt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most records per catalogue search</source>
        <translation>Höchstzahl Datensätze je Katalogsuche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tell our own library system (ILS) about borrowed items over NCIP.</source>
        <translation>Unser eigenes Bibliothekssystem (ILS) über NCIP über entliehene Medien informieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell our library system (NCIP)</source>
        <translation>Unser Bibliothekssystem informieren (NCIP)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which NCIP messages our ILS takes: circulation (AcceptItem, CheckOutItem, CheckInItem, DeleteItem: Alma, FOLIO, Sierra, Polaris) or koha_ill (Koha&apos;s NCIP server: ItemRequested, ItemShipped, ItemReceived, RenewItem, CancelRequestItem, ...).</source>
        <translation>Welche NCIP-Nachrichten unser ILS annimmt: circulation (AcceptItem, CheckOutItem, CheckInItem, DeleteItem: Alma, FOLIO, Sierra, Polaris) oder koha_ill (der NCIP-Server von Koha: ItemRequested, ItemShipped, ItemReceived, RenewItem, CancelRequestItem, ...).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NCIP messages our ILS takes</source>
        <translation>NCIP-Nachrichten, die unser ILS annimmt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Circulation profile, item sent back to the lender: delete the temporary item (DeleteItem) or only check it in (CheckInItem).</source>
        <translation>Profil circulation, Exemplar an die gebende Bibliothek zurückgeschickt: das temporäre Exemplar löschen (DeleteItem) oder nur zurückbuchen (CheckInItem).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item sent back to the lender (NCIP)</source>
        <translation>Exemplar an die gebende Bibliothek zurück (NCIP)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address of the ILS&apos;s NCIP service, e.g. https://ils.example.org/ncip</source>
        <translation>Adresse des NCIP-Dienstes des ILS, z. B. https://ils.example.org/ncip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NCIP address of our library system</source>
        <translation>NCIP-Adresse unseres Bibliothekssystems</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our agency id in NCIP messages (the ILS may require a particular value).</source>
        <translation>Unsere Bibliotheks-ID in NCIP-Nachrichten (das ILS verlangt eventuell einen bestimmten Wert).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our agency id in NCIP</source>
        <translation>Unsere Bibliotheks-ID in NCIP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ILS&apos;s agency id in NCIP messages.</source>
        <translation>Die Bibliotheks-ID des ILS in NCIP-Nachrichten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library system&apos;s agency id</source>
        <translation>Bibliotheks-ID des Bibliothekssystems</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agency id put on patron and item ids (empty = the ILS&apos;s agency id).</source>
        <translation>Bibliotheks-ID vor Benutzer- und Exemplarkennungen (leer = die Bibliotheks-ID des ILS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency id of items in NCIP</source>
        <translation>Bibliotheks-ID der Exemplare in NCIP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pickup location code for holds on borrowed items.</source>
        <translation>Code des Abholorts für Vormerkungen auf entliehene Medien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup location in NCIP</source>
        <translation>Abholort in NCIP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Path of the NCIP 2.02 schema (ncip_v2_02.xsd) every message is checked against.</source>
        <translation>Pfad des NCIP-2.02-Schemas (ncip_v2_02.xsd), gegen das jede Nachricht geprüft wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NCIP schema file (XSD)</source>
        <translation>NCIP-Schemadatei (XSD)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How long to wait for the ILS to answer an NCIP message.</source>
        <translation>Wie lange auf die Antwort des ILS auf eine NCIP-Nachricht gewartet wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the library system (seconds)</source>
        <translation>Auf das Bibliothekssystem warten (Sekunden)</translation>
    </message>
    <message>
        <location filename="../../interop/settings_defs.py" line="+14"/>
        <source>Path of the ISO 18626 v1.2 XSD. Empty: the environment variable ILLDESK_ISO18626_XSD, else shared/corpus/iso18626/ISO-18626-v1_2.xsd beside the program. Without an XSD incoming messages are read unvalidated and nothing is sent.</source>
        <translation>Pfad des XSD für ISO 18626 v1.2. Leer: die Umgebungsvariable ILLDESK_ISO18626_XSD, sonst shared/corpus/iso18626/ISO-18626-v1_2.xsd neben dem Programm. Ohne XSD werden eingehende Nachrichten ungeprüft gelesen und nichts wird gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ISO 18626 schema file (XSD)</source>
        <translation>ISO-18626-Schemadatei (XSD)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agency id type our library uses in ISO 18626 headers (ISIL, OCLC, ...).</source>
        <translation>Art der Bibliotheks-ID, die unsere Bibliothek in ISO-18626-Köpfen verwendet (ISIL, OCLC, ...).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our agency id type</source>
        <translation>Art unserer Bibliotheks-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our library&apos;s agency id, e.g. the ISIL DE-123. Peers address us with it.</source>
        <translation>Die Bibliotheks-ID unserer Bibliothek, z. B. das ISIL DE-123. Partner sprechen uns damit an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our agency id</source>
        <translation>Unsere Bibliotheks-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receive ISO 18626 messages from partner libraries on this desk.</source>
        <translation>ISO-18626-Nachrichten von Partnerbibliotheken an dieser Theke empfangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive ISO 18626 messages</source>
        <translation>ISO-18626-Nachrichten empfangen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address the ISO 18626 listener binds to (0.0.0.0 for every network interface).</source>
        <translation>Adresse, auf der der ISO-18626-Empfang lauscht (0.0.0.0 für alle Netzwerkschnittstellen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen on address</source>
        <translation>Lauschen auf Adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TCP port of the ISO 18626 listener.</source>
        <translation>TCP-Port des ISO-18626-Empfangs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen on port</source>
        <translation>Lauschen auf Port</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per-partner shared secrets, one per line or separated by &apos;;&apos;: AGENCY=SECRET, e.g. ISIL:DE-1=s3cret. A partner sends it as &apos;Authorization: Bearer SECRET&apos; and we send it to that partner the same way.</source>
        <translation>Gemeinsame Geheimnisse je Partner, eines je Zeile oder durch &apos;;&apos; getrennt: AGENCY=SECRET, z. B. ISIL:DE-1=s3cret. Ein Partner sendet es als &apos;Authorization: Bearer SECRET&apos;, und wir senden es diesem Partner ebenso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared secrets per partner</source>
        <translation>Gemeinsame Geheimnisse je Partner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Addresses or networks allowed to send without a secret, separated by commas, e.g. 192.0.2.10, 198.51.100.0/24.</source>
        <translation>Adressen oder Netze, die ohne Geheimnis senden dürfen, durch Kommas getrennt, z. B. 192.0.2.10, 198.51.100.0/24.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses that need no secret</source>
        <translation>Adressen ohne Geheimnis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Largest ISO 18626 message accepted, in bytes.</source>
        <translation>Größte angenommene ISO-18626-Nachricht, in Bytes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest message accepted (bytes)</source>
        <translation>Größte angenommene Nachricht (Bytes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How often the outbox tries to deliver a message before it is marked failed.</source>
        <translation>Wie oft der Postausgang eine Nachricht zuzustellen versucht, bevor sie als fehlgeschlagen gilt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery attempts before a message fails</source>
        <translation>Zustellversuche, bevor eine Nachricht fehlschlägt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wait before the second delivery attempt; doubled after every further failure.</source>
        <translation>Wartezeit vor dem zweiten Zustellversuch; verdoppelt sich nach jedem weiteren Fehlschlag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait before the second attempt (seconds)</source>
        <translation>Wartezeit vor dem zweiten Versuch (Sekunden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Longest wait between two delivery attempts.</source>
        <translation>Längste Wartezeit zwischen zwei Zustellversuchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wait between attempts (seconds)</source>
        <translation>Längste Wartezeit zwischen Versuchen (Sekunden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How long one delivery attempt waits for the partner&apos;s answer.</source>
        <translation>Wie lange ein Zustellversuch auf die Antwort des Partners wartet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for a partner&apos;s answer (seconds)</source>
        <translation>Auf die Antwort eines Partners warten (Sekunden)</translation>
    </message>
    <message>
        <location filename="../../printing/settings_defs.py" line="+14"/>
        <source>Phone number on the letterhead.</source>
        <translation>Telefonnummer im Briefkopf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone on the letterhead</source>
        <translation>Telefon im Briefkopf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Web address on the letterhead.</source>
        <translation>Webadresse im Briefkopf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web address on the letterhead</source>
        <translation>Webadresse im Briefkopf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Path of a PNG or JPEG logo printed on the letterhead (empty: none).</source>
        <translation>Pfad eines Logos als PNG oder JPEG für den Briefkopf (leer: keines).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo on the letterhead (PNG or JPEG file)</source>
        <translation>Logo im Briefkopf (PNG- oder JPEG-Datei)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper for slips, notices, invoices, forms.</source>
        <translation>Papier für Zettel, Benachrichtigungen, Rechnungen und Formulare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pull slips per plain sheet (2 or 3, with cut lines); 1 prints on slip-printer paper of the size below.</source>
        <translation>Bestellzettel je Blatt Normalpapier (2 oder 3, mit Schnittlinien); bei 1 wird auf Zettelpapier des Zetteldruckers im unten angegebenen Format gedruckt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pull slips per sheet</source>
        <translation>Bestellzettel je Blatt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Width of the slip printer&apos;s paper in millimetres (when 1 slip per page).</source>
        <translation>Breite des Papiers im Zetteldrucker in Millimetern (bei 1 Zettel je Seite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slip paper width (mm)</source>
        <translation>Breite des Zettelpapiers (mm)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Length of one slip on the slip printer&apos;s paper in millimetres.</source>
        <translation>Länge eines Zettels auf dem Papier des Zetteldruckers in Millimetern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slip length (mm)</source>
        <translation>Zettellänge (mm)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the book band shows of the patron: the name or only the ID (privacy).</source>
        <translation>Was die Buchbanderole vom Benutzer zeigt: den Namen oder nur die Nummer (Datenschutz).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patron on the book band</source>
        <translation>Benutzer auf der Buchbanderole</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Return instructions printed on every book band.</source>
        <translation>Rückgabehinweise, die auf jede Buchbanderole gedruckt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return instructions on the book band</source>
        <translation>Rückgabehinweise auf der Buchbanderole</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shipping label stock: a 4x6 inch thermal label or an Avery-style sheet.</source>
        <translation>Versandetiketten: ein Thermoetikett 4x6 Zoll oder ein Etikettenbogen nach Art von Avery.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipping label layout</source>
        <translation>Art der Versandetiketten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the next shipping label goes on a sheet of labels (1 = top left, counted along the rows). The labels before it count as used; the desk asks before each label and moves on by itself, back to 1 after the last label of a sheet.</source>
        <translation>Wohin das nächste Versandetikett auf dem Etikettenbogen kommt (1 = oben links, zeilenweise gezählt). Die Etiketten davor gelten als verbraucht; die Theke fragt vor jedem Etikett und zählt selbst weiter, nach dem letzten Etikett eines Bogens wieder bei 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next free label on the sheet</source>
        <translation>Nächstes freies Etikett auf dem Bogen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send 4x6 labels as ZPL instead of PDF: tcp://HOST:9100, serial:///dev/ttyUSB0, or cups://QUEUE (raw queue). Empty: print PDF.</source>
        <translation>Etiketten 4x6 als ZPL statt als PDF senden: tcp://HOST:9100, serial:///dev/ttyUSB0 oder cups://QUEUE (Raw-Warteschlange). Leer: PDF drucken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zebra label printer (ZPL)</source>
        <translation>Zebra-Etikettendrucker (ZPL)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Baud rate for a label printer on a serial port.</source>
        <translation>Baudrate eines Etikettendruckers an einer seriellen Schnittstelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zebra printer speed (baud)</source>
        <translation>Geschwindigkeit des Zebra-Druckers (Baud)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Units of each currency worth one SDR (for CN22 up to 300 SDR, CN23 above). Update from the IMF rates now and then.</source>
        <translation>Einheiten jeder Währung, die einem SZR entsprechen (CN22 bis 300 SZR, darüber CN23). Ab und zu nach den Kursen des IWF aktualisieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency units per SDR (customs form limit)</source>
        <translation>Währungseinheiten je SZR (Grenze der Zollinhaltserklärung)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bank account printed on invoices for payment by transfer.</source>
        <translation>Bankverbindung, die für Überweisungen auf Rechnungen gedruckt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank details on invoices</source>
        <translation>Bankverbindung auf Rechnungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our OCLC symbol for payment through IFM, printed on invoices.</source>
        <translation>Unser OCLC-Symbol für die Bezahlung über IFM, auf Rechnungen gedruckt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our IFM (OCLC) symbol on invoices</source>
        <translation>Unser IFM-Symbol (OCLC) auf Rechnungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name printed on the signature line of customs forms.</source>
        <translation>Name, der auf Zollinhaltserklärungen in der Unterschriftszeile steht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name signing customs forms</source>
        <translation>Unterzeichner der Zollinhaltserklärungen</translation>
    </message>
    <message>
        <location filename="../../services/copies_settings.py" line="+24"/>
        <source>Largest PDF (in MB) the desk accepts for a copy request.</source>
        <translation>Größtes PDF (in MB), das die Theke für eine Kopienbestellung annimmt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest PDF accepted (MB)</source>
        <translation>Größtes angenommenes PDF (MB)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDFs up to this size (MB) are e-mailed as attachments; larger ones are sent as a link.</source>
        <translation>PDFs bis zu dieser Größe (MB) gehen als E-Mail-Anhang hinaus; größere werden als Link geschickt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest e-mail attachment (MB)</source>
        <translation>Größter E-Mail-Anhang (MB)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder where PDFs too large to e-mail are copied for the patron (e.g. a shared or web-served folder). Empty: large PDFs cannot be e-mailed.</source>
        <translation>Ordner, in den PDFs, die für eine E-Mail zu groß sind, für den Benutzer kopiert werden (z. B. ein freigegebener oder über das Web erreichbarer Ordner). Leer: große PDFs können nicht gemailt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for download links</source>
        <translation>Ordner für Download-Links</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Web address of that folder (e.g. https://library.example.org/ill/); empty: the patron is given the folder path.</source>
        <translation>Webadresse dieses Ordners (z. B. https://library.example.org/ill/); leer: der Benutzer erhält den Pfad des Ordners.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web address of that folder</source>
        <translation>Webadresse dieses Ordners</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Days after delivery when a stored PDF is deleted (the purge is recorded).</source>
        <translation>Tage nach der Lieferung, nach denen ein gespeichertes PDF gelöscht wird (das Löschen wird protokolliert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days a delivered PDF is kept</source>
        <translation>Tage, die ein geliefertes PDF aufbewahrt wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open-access lookups, one a line as “Name|URL”; fields in braces are filled from the citation: {doi} {article_title} {title} {journal} {issn} {author} {year} {volume} {issue} {pages} {pmid}.</source>
        <translation>Open-Access-Abfragen, eine je Zeile als „Name|URL“; Felder in geschweiften Klammern werden aus den Titelangaben gefüllt: {doi} {article_title} {title} {journal} {issn} {author} {year} {volume} {issue} {pages} {pmid}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look for open-access copies</source>
        <translation>Nach Open-Access-Ausgaben suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copies per journal title per calendar year before a royalty is needed (CONTU: 5).</source>
        <translation>Kopien je Zeitschriftentitel und Kalenderjahr, bevor eine Lizenzgebühr fällig wird (CONTU: 5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies per journal before royalties (rule of five)</source>
        <translation>Kopien je Zeitschrift ohne Lizenzgebühr (Fünferregel)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Articles published within this many years before the request are counted (CONTU: 5).</source>
        <translation>Gezählt werden Aufsätze, die höchstens so viele Jahre vor der Bestellung erschienen sind (CONTU: 5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years of a journal the rule counts</source>
        <translation>Gezählte Jahrgänge einer Zeitschrift</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency of royalties.</source>
        <translation>Währung der Lizenzgebühren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency of royalties</source>
        <translation>Währung der Lizenzgebühren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suppliers the desk can order from, separated by commas (add your vendors).</source>
        <translation>Lieferanten, bei denen die Theke bestellen kann, durch Kommas getrennt (ergänzen Sie Ihre Händler).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article suppliers</source>
        <translation>Lieferanten für Aufsätze</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Book suppliers the desk can buy a wanted loan from, separated by commas.</source>
        <translation>Buchlieferanten, bei denen die Theke ein gewünschtes Buch kaufen kann, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book suppliers</source>
        <translation>Buchlieferanten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library&apos;s own vendors (a local bookshop, a subscription agent), offered for books and articles alike, separated by commas.</source>
        <translation>Die eigenen Händler der Bibliothek (eine Buchhandlung vor Ort, eine Abonnementagentur), für Bücher wie Aufsätze angeboten, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our own vendors</source>
        <translation>Unsere eigenen Händler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggest buying a book published within this many years.</source>
        <translation>Kauf eines Buchs vorschlagen, das höchstens so viele Jahre alt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest buying books at most this old (years)</source>
        <translation>Kauf vorschlagen für Bücher höchstens so alt (Jahre)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggest buying a book costing at most this much.</source>
        <translation>Kauf eines Buchs vorschlagen, das höchstens so viel kostet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest buying books costing at most</source>
        <translation>Kauf vorschlagen für Bücher bis zum Preis von</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patron categories for whom buying a book is suggested, separated by commas.</source>
        <translation>Benutzergruppen, für die ein Buchkauf vorgeschlagen wird, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patron categories for purchase suggestions</source>
        <translation>Benutzergruppen für Kaufvorschläge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected cost of an ILL copy; suggest buying an article below it.</source>
        <translation>Erwartete Kosten einer Fernleihkopie; darunter wird der Kauf des Aufsatzes vorgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What borrowing an article costs us</source>
        <translation>Was uns die Fernleihe eines Aufsatzes kostet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggest buying an article when it is needed sooner than this many days.</source>
        <translation>Kauf eines Aufsatzes vorschlagen, wenn er früher als in so vielen Tagen gebraucht wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy an article when borrowing takes longer than (days)</source>
        <translation>Aufsatz kaufen, wenn die Fernleihe länger dauert als (Tage)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency of purchases and the budget.</source>
        <translation>Währung der Käufe und des Etats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency of purchases and the budget</source>
        <translation>Währung der Käufe und des Etats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Month (1-12) in which the fiscal year starts.</source>
        <translation>Monat (1-12), in dem das Haushaltsjahr beginnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month the fiscal year starts (1–12)</source>
        <translation>Beginn des Haushaltsjahrs (Monat 1–12)</translation>
    </message>
    <message>
        <location filename="../../services/exports.py" line="+206"/>
        <source>{target} could not be written ({strerror}).</source>
        <translation>{target} konnte nicht geschrieben werden ({strerror}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{fmt}” is not an export format (marc, marcxml or csv).</source>
        <translation>„{fmt}“ ist kein Exportformat (marc, marcxml oder csv).</translation>
    </message>
    <message>
        <location filename="../../services/mapping.py" line="+215"/>
        <source>{amount} {currency}: {what}</source>
        <translation>{amount} {currency}: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lender charge</source>
        <translation>Gebühr der gebenden Bibliothek</translation>
    </message>
    <message>
        <location filename="../../services/message_import.py" line="+57"/>
        <source>The file {path} cannot be read: {strerror}.</source>
        <translation>Die Datei {path} kann nicht gelesen werden: {strerror}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ISO 18626 messages cannot be checked: {schema}</source>
        <translation>ISO-18626-Nachrichten können nicht geprüft werden: {schema}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} was refused: {reason}</source>
        <translation>{name} wurde abgelehnt: {reason}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} was refused ({error_type}): {error_value}</source>
        <translation>{name} wurde abgelehnt ({error_type}): {error_value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <location filename="../../services/peer_messaging.py" line="+224"/>
        <source>{name} ({symbol}) cannot be told by ISO 18626: {message} Nothing was changed.</source>
        <translation>{name} ({symbol}) kann nicht über ISO 18626 benachrichtigt werden: {message} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} ({symbol}) cannot be told by ISO 18626: {message}. Nothing was changed.</source>
        <translation>{name} ({symbol}) kann nicht über ISO 18626 benachrichtigt werden: {message}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="+173"/>
        <location line="+42"/>
        <source>That patron is not in the database any more.</source>
        <translation>Dieser Benutzer ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>This patron still has open requests ({items}{more}); finish or cancel them before erasing the patron. Nothing was removed.</source>
        <translation>Dieser Benutzer hat noch offene Bestellungen ({items}{more}); schließen Sie sie ab oder stornieren Sie sie, bevor Sie den Benutzer löschen. Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <location filename="../../services/reports/queries.py" line="+50"/>
        <source>request → received</source>
        <translation>Bestellung → eingegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received → patron notified</source>
        <translation>eingegangen → Benutzer benachrichtigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lending request → shipped</source>
        <translation>gebende Bestellung → verschickt</translation>
    </message>
    <message>
        <location filename="../../services/rota_templates.py" line="+146"/>
        <location line="+27"/>
        <source>That template was deleted at another desk.</source>
        <translation>Diese Vorlage wurde an einer anderen Theke gelöscht.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>A lender of the template no longer exists.</source>
        <translation>Eine gebende Bibliothek der Vorlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../services/routing.py" line="+1"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{priority} “{name}”: {why}.</source>
        <translation>{priority} „{name}“: {why}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No rule applies: the request waits for staff.</source>
        <translation>Keine Regel greift: Die Bestellung wartet auf das Personal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{priority} “{name}” applies: {action}.</source>
        <translation>{priority} „{name}“ greift: {action}.</translation>
    </message>
    <message>
        <location filename="../../services/settings_defs.py" line="+17"/>
        <source>Check-out asks for the patron&apos;s card after the item: “required” (the card must match the request&apos;s patron), “optional” (Enter on the empty scan box hands the item over without it) or “off” (the item scan alone checks it out).</source>
        <translation>Die Ausleihe fragt nach dem Exemplar nach dem Benutzerausweis: „required“ (der Ausweis muss zum Benutzer der Bestellung passen), „optional“ (Enter im leeren Scanfeld gibt das Exemplar ohne Ausweis aus) oder „off“ (der Scan des Exemplars allein bucht die Ausleihe).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patron&apos;s card at check-out</source>
        <translation>Benutzerausweis bei der Ausleihe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language and formats of this desk: “system” (the computer&apos;s language), “en” (English) or “de” (Deutsch). Takes effect when the desk is started again.</source>
        <translation>Sprache und Formate dieser Theke: „system“ (die Sprache des Computers), „en“ (English) oder „de“ (Deutsch). Wirkt beim nächsten Start der Theke.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Most active borrowing requests a patron may have (a patron&apos;s own limit wins).</source>
        <translation>Höchstzahl laufender nehmender Bestellungen je Benutzer (eine eigene Grenze des Benutzers geht vor).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most active requests per patron</source>
        <translation>Höchstzahl laufender Bestellungen je Benutzer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days taken off the lender&apos;s due date so the item is back in time.</source>
        <translation>Tage, die vom Rückgabedatum der gebenden Bibliothek abgezogen werden, damit das Exemplar rechtzeitig zurück ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days taken off the lender&apos;s due date</source>
        <translation>Abzug vom Rückgabedatum der gebenden Bibliothek (Tage)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days a patron has to bring back a recalled item.</source>
        <translation>Tage, die ein Benutzer für die Rückgabe eines zurückgeforderten Exemplars hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to bring back a recalled item</source>
        <translation>Frist für zurückgeforderte Exemplare (Tage)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loan period when the lender gave no due date.</source>
        <translation>Leihfrist, wenn die gebende Bibliothek kein Rückgabedatum genannt hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan period when the lender gives none (days)</source>
        <translation>Leihfrist ohne Angabe der gebenden Bibliothek (Tage)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loan period for a partner without its own.</source>
        <translation>Leihfrist für einen Partner ohne eigene Leihfrist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our loan period (days)</source>
        <translation>Unsere Leihfrist (Tage)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shelves (locations) we never lend from, separated by commas.</source>
        <translation>Standorte, aus denen wir nie verleihen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelves we never lend from</source>
        <translation>Standorte, aus denen wir nie verleihen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conditions attached to every loan we send (e.g. “Library use only”).</source>
        <translation>Bedingungen für jede Leihe, die wir verschicken (z. B. „Nur im Lesesaal“).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions on every loan</source>
        <translation>Bedingungen für jede Leihe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answer a borrower&apos;s ISO 18626 renewal request at once from the lending policy (granted while renewals are left, refused when none are); off: staff decide.</source>
        <translation>Verlängerungswünsche einer nehmenden Bibliothek über ISO 18626 sofort nach den Leihbedingungen beantworten (gewährt, solange Verlängerungen übrig sind, sonst abgelehnt); aus: das Personal entscheidet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer renewal requests from the lending policy</source>
        <translation>Verlängerungswünsche nach den Leihbedingungen beantworten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weight the ship form starts with (kg), so a usual parcel ships with a scan of the tracking barcode; 0 makes staff weigh every parcel.</source>
        <translation>Gewicht, mit dem das Versandformular beginnt (kg), damit ein übliches Paket mit einem Scan der Sendungsnummer verschickt wird; bei 0 wiegt das Personal jedes Paket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usual parcel weight (kg)</source>
        <translation>Übliches Paketgewicht (kg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value declared on customs forms for a lent book (it is coming back).</source>
        <translation>Wert, der für ein verliehenes Buch auf Zollinhaltserklärungen angegeben wird (es kommt zurück).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value declared on customs forms</source>
        <translation>Angegebener Wert auf Zollinhaltserklärungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency of the declared value.</source>
        <translation>Währung des angegebenen Werts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency of the declared value</source>
        <translation>Währung des angegebenen Werts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contents description on CN22/CN23 forms.</source>
        <translation>Inhaltsbeschreibung auf den Formularen CN22/CN23.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents on customs forms</source>
        <translation>Inhalt auf Zollinhaltserklärungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HS tariff number for printed books on customs forms.</source>
        <translation>HS-Zolltarifnummer für gedruckte Bücher auf Zollinhaltserklärungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs tariff number (HS) of books</source>
        <translation>Zolltarifnummer (HS) für Bücher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What a full IFLA voucher is worth to us, in EUR (IFLA&apos;s value: 8).</source>
        <translation>Was uns ein ganzer IFLA-Gutschein wert ist, in EUR (Wert der IFLA: 8).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of a full IFLA voucher (EUR)</source>
        <translation>Wert eines ganzen IFLA-Gutscheins (EUR)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What a half IFLA voucher is worth to us, in EUR (IFLA&apos;s value: 4).</source>
        <translation>Was uns ein halber IFLA-Gutschein wert ist, in EUR (Wert der IFLA: 4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of a half IFLA voucher (EUR)</source>
        <translation>Wert eines halben IFLA-Gutscheins (EUR)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Most rows a search shows at once; refine the search to see others.</source>
        <translation>Höchstzahl Zeilen, die eine Suche auf einmal zeigt; für weitere die Suche verfeinern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most rows a search shows</source>
        <translation>Höchstzahl Zeilen einer Suche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days past the due date at which overdue notices 1, 2, 3… go out.</source>
        <translation>Tage nach dem Rückgabedatum, an denen die Mahnungen 1, 2, 3 … verschickt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue notices, days after the due date</source>
        <translation>Mahnungen, Tage nach dem Rückgabedatum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First wait before a notice that could not be sent is tried again (doubles each time, at most six hours).</source>
        <translation>Erste Wartezeit, bevor eine nicht versandte Benachrichtigung erneut versucht wird (verdoppelt sich jedes Mal, höchstens sechs Stunden).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes before a failed notice is tried again</source>
        <translation>Minuten bis zum erneuten Versuch einer Benachrichtigung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outgoing mail (SMTP) server.</source>
        <translation>Server für ausgehende E-Mails (SMTP).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail server (SMTP)</source>
        <translation>Mailserver (SMTP)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port of the mail server (587 with STARTTLS, 465 SSL).</source>
        <translation>Port des Mailservers (587 mit STARTTLS, 465 SSL).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail server port</source>
        <translation>Port des Mailservers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use STARTTLS to the mail server.</source>
        <translation>STARTTLS zum Mailserver verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt with STARTTLS</source>
        <translation>Mit STARTTLS verschlüsseln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login for the mail server (empty: none).</source>
        <translation>Anmeldename für den Mailserver (leer: keiner).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail login</source>
        <translation>Anmeldename für E-Mail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password for the mail server. Kept on this desk only (a file only this user can read), never in the shared database.</source>
        <translation>Passwort für den Mailserver. Nur an dieser Theke gespeichert (in einer Datei, die nur dieser Benutzer lesen kann), nie in der gemeinsamen Datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail password</source>
        <translation>Passwort für E-Mail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The From address of notices (empty: the library&apos;s ILL e-mail).</source>
        <translation>Absenderadresse der Benachrichtigungen (leer: die Fernleih-E-Mail der Bibliothek).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How long to wait for the mail server.</source>
        <translation>Wie lange auf den Mailserver gewartet wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the mail server (seconds)</source>
        <translation>Auf den Mailserver warten (Sekunden)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weekdays the library is closed, separated by commas (mon, tue, … sun); timers count only the days it is open.</source>
        <translation>Wochentage, an denen die Bibliothek geschlossen ist, durch Kommas getrennt (mon, tue, … sun); Fristen zählen nur die Öffnungstage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekdays the library is closed</source>
        <translation>Wochentage, an denen die Bibliothek geschlossen ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other days the library is closed (holidays), as dates separated by commas.</source>
        <translation>Weitere Schließtage (Feiertage), als Daten durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days the library is closed</source>
        <translation>Schließtage der Bibliothek</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working days a lender has to answer before the next lender in the rota is asked (the old one is sent a Cancel over ISO 18626); 0: wait for staff.</source>
        <translation>Arbeitstage, die eine gebende Bibliothek zum Antworten hat, bevor die nächste im Leitweg gefragt wird (die bisherige erhält über ISO 18626 ein Cancel); 0: auf das Personal warten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next lender when a lender has not answered in (working days)</source>
        <translation>Nächste gebende Bibliothek, wenn keine Antwort kam in (Arbeitstagen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working days a lender&apos;s conditions may wait before staff are reminded (queue “Conditions to decide”); 0: no reminder.</source>
        <translation>Arbeitstage, die Bedingungen einer gebenden Bibliothek warten dürfen, bevor das Personal erinnert wird (Liste „Zu entscheidende Bedingungen“); 0: keine Erinnerung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind staff of undecided conditions after (working days)</source>
        <translation>An offene Bedingungen erinnern nach (Arbeitstagen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working days after which undecided conditions are declined (next lender); 0: never.</source>
        <translation>Arbeitstage, nach denen offene Bedingungen abgelehnt werden (nächste gebende Bibliothek); 0: nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline undecided conditions after (working days)</source>
        <translation>Offene Bedingungen ablehnen nach (Arbeitstagen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working days a lending loan may wait to be pulled before “unfilled, not on the shelf” is offered (queue “Not pulled”); 0: never.</source>
        <translation>Arbeitstage, die eine gebende Leihbestellung auf das Ausheben warten darf, bevor „negativ, nicht am Standort“ angeboten wird (Liste „Nicht ausgehoben“); 0: nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer “unfilled, not on shelf” when not pulled in (working days)</source>
        <translation>„Negativ, nicht am Standort“ anbieten, wenn nicht ausgehoben in (Arbeitstagen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send the “unfilled, not on the shelf” answer by itself instead of offering it.</source>
        <translation>Die Antwort „negativ, nicht am Standort“ selbst senden, statt sie anzubieten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send “unfilled, not on shelf” automatically</source>
        <translation>„Negativ, nicht am Standort“ automatisch senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working days an item may wait for pickup before the patron is reminded; 0: never.</source>
        <translation>Arbeitstage, die ein Exemplar zur Abholung bereitliegen darf, bevor der Benutzer erinnert wird; 0: nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind the patron to collect after (working days)</source>
        <translation>Benutzer an die Abholung erinnern nach (Arbeitstagen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working days an item may wait for pickup before it goes back to the lender; 0: never.</source>
        <translation>Arbeitstage, die ein Exemplar zur Abholung bereitliegen darf, bevor es an die gebende Bibliothek zurückgeht; 0: nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return uncollected items to the lender after (working days)</source>
        <translation>Nicht abgeholte Exemplare zurückschicken nach (Arbeitstagen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working days after the lender shipped before staff are asked to check (queue “Check: not received”); 0: never.</source>
        <translation>Arbeitstage nach dem Versand durch die gebende Bibliothek, bevor das Personal um Prüfung gebeten wird (Liste „Prüfen: nicht eingegangen“); 0: nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask staff to check a shipment not received after (working days)</source>
        <translation>Nicht eingegangene Sendung prüfen lassen nach (Arbeitstagen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lenders asked only when every other lender has said no (their symbols, separated by commas); they go last in every template and suggestion.</source>
        <translation>Gebende Bibliotheken, die erst gefragt werden, wenn alle anderen abgesagt haben (ihre Sigel, durch Kommas getrennt); sie stehen in jeder Vorlage und jedem Vorschlag zuletzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last-resort lenders</source>
        <translation>Gebende Bibliotheken als letzte Möglichkeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days after a request finishes when its patron&apos;s name, e-mail, notes and the messages about it are removed; statistics keep the patron category, dates and states. Open requests are never touched.</source>
        <translation>Tage nach dem Abschluss einer Bestellung, nach denen Name, E-Mail und Notizen des Benutzers sowie die Nachrichten dazu entfernt werden; die Statistik behält Benutzergruppe, Daten und Status. Offene Bestellungen bleiben unberührt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep patron data after a request finishes (days)</source>
        <translation>Benutzerdaten nach Abschluss aufbewahren (Tage)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the patron&apos;s name and card number with our ISO 18626 requests. Off: lenders get only what they need (the item, our library, the delivery address and the patron&apos;s category).</source>
        <translation>Name und Ausweisnummer des Benutzers mit unseren ISO-18626-Bestellungen senden. Aus: gebende Bibliotheken erhalten nur, was sie brauchen (das Medium, unsere Bibliothek, die Lieferadresse und die Benutzergruppe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell lenders who the patron is</source>
        <translation>Gebenden Bibliotheken den Benutzer nennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff sign in with a PIN or password and act in their role (desk, supervisor, administrator). Off: the name picker, and everyone may do everything. Only an administrator changes this.</source>
        <translation>Das Personal meldet sich mit PIN oder Passwort an und handelt in seiner Rolle (Theke, Leitung, Administration). Aus: die Namensauswahl, und alle dürfen alles. Nur die Administration kann das ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff sign in with a PIN</source>
        <translation>Personal meldet sich mit PIN an</translation>
    </message>
    <message>
        <location filename="../../services/staff_access.py" line="+119"/>
        <source>{name} cannot sign in here: no PIN or password is set. An administrator sets one under Desk → Staff and roles.</source>
        <translation>{name} kann sich hier nicht anmelden: Es ist keine PIN und kein Passwort gesetzt. Die Administration legt eines unter Theke → Mitarbeiter und Rollen fest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That name</source>
        <translation>Dieser Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is locked out after {max_failed_sign_ins} wrong PINs until {locked_until:%H:%M}; try again then, or ask an administrator to set a new PIN.</source>
        <translation>{name} ist nach {max_failed_sign_ins} falschen PINs bis {locked_until:%H:%M} gesperrt; versuchen Sie es dann wieder oder bitten Sie die Administration um eine neue PIN.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>That staff member is not in the list any more.</source>
        <translation>Dieser Mitarbeiter steht nicht mehr in der Liste.</translation>
    </message>
    <message>
        <location filename="../../persistence/backup.py" line="+55"/>
        <source>The backup was given up because the desk is closing.</source>
        <translation>Die Sicherung wurde abgebrochen, weil das Programm geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help/__init__.py" line="+223"/>
        <source>About illdesk</source>
        <translation>Über illdesk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;illdesk&lt;/b&gt; — the interlibrary-loan desk for small libraries.</source>
        <translation>&lt;b&gt;illdesk&lt;/b&gt; – die Fernleihtheke für kleine Bibliotheken.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="+43"/>
        <source>Reason (kept in the history)</source>
        <translation>Grund (wird im Verlauf gespeichert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use this date (otherwise the usual period)</source>
        <translation>Dieses Datum verwenden (sonst die übliche Frist)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Give a reason; it goes into the request&apos;s history.</source>
        <translation>Geben Sie eine Begründung an; sie kommt in den Verlauf der Bestellung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan the barcode of the copy you pulled.</source>
        <translation>Scannen Sie den Barcode des ausgehobenen Exemplars.</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../ui/staff/staff_dialog.py" line="+50"/>
        <source>Add staff member</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN or password</source>
        <translation>PIN oder Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same again</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../../../forms/address_page.ui" line="+6"/>
        <source>Postal address and currency</source>
        <translation>Postanschrift und Währung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where parcels come back to. Choose the country first: the lines follow it.</source>
        <translation>Wohin Pakete zurückkommen. Wählen Sie zuerst das Land: Die Zeilen richten sich danach.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+16"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard/wizard.py" line="+178"/>
        <source>Street address</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post town</source>
        <translation>Postort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suburb</source>
        <translation>Vorort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP code</source>
        <translation>Postleitzahl (ZIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN code</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eircode</source>
        <translation>Eircode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>Provinz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County</source>
        <translation>Grafschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefecture</source>
        <translation>Präfektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Departement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Island</source>
        <translation>Insel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parish</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emirate</source>
        <translation>Emirat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oblast</source>
        <translation>Oblast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do/Si</source>
        <translation>Do/Si</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canton</source>
        <translation>Kanton</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} (if any)</source>
        <translation>{0} (falls vorhanden)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>e.g. {0}</source>
        <translation>z. B. {0}</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/staff/audit_dialog.py" line="+46"/>
        <source>Audit log: who did what, when</source>
        <translation>Aktivitätsprotokoll: wer hat wann was getan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Words in the action, request or note…</source>
        <translation>Wörter in Aktion, Bestellung oder Notiz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{0} entries</source>
        <translation>{0} Einträge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the audit log</source>
        <translation>Aktivitätsprotokoll exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} entries written to {1}.</source>
        <translation>{0} Einträge nach {1} geschrieben.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backups/actions.py" line="+51"/>
        <source>Backed up the database to {0}.</source>
        <translation>Datenbank gesichert nach {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup failed: {0}</source>
        <translation>Die Sicherung ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the database…</source>
        <translation>Die Datenbank wird gesichert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored the backup made {0}; the desk shows its data now.</source>
        <translation>Die Sicherung vom {0} wurde wiederhergestellt; die Theke zeigt jetzt deren Daten.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The scheduled backup failed; it is tried again in an hour. {0}</source>
        <translation>Die geplante Sicherung ist fehlgeschlagen; sie wird in einer Stunde erneut versucht. {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled backup made: {0}</source>
        <translation>Geplante Sicherung erstellt: {0}</translation>
    </message>
</context>
<context>
    <name>BorrowingRequestDialog</name>
    <message>
        <location filename="../../../forms/borrowing_request.ui" line="+6"/>
        <source>New borrowing request</source>
        <translation>Neue nehmende Bestellung</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+10"/>
        <source>Patron card</source>
        <translation>Benutzerausweis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan or type the patron&apos;s card</source>
        <translation>Ausweis des Benutzers scannen oder tippen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialogs.py" line="+130"/>
        <location filename="../../../forms/borrowing_request.ui" line="+22"/>
        <source>Renew card</source>
        <translation>Ausweis verlängern</translation>
    </message>
    <message>
        <location filename="../../../forms/borrowing_request.ui" line="+16"/>
        <source>New patron…</source>
        <translation>Neuer Benutzer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Needed by</source>
        <translation>Benötigt bis</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>e.g. 15.00 (empty: no limit)</source>
        <translation>z. B. 15,00 (leer: keine Grenze)</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+10"/>
        <source>Most the patron will pay</source>
        <translation>Höchstbetrag, den der Benutzer zahlt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>to buy it instead, if known</source>
        <translation>um es stattdessen zu kaufen, falls bekannt</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+10"/>
        <source>Price to buy</source>
        <translation>Kaufpreis</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the lender&apos;s own record id, if you found it</source>
        <translation>die eigene Datensatz-ID der gebenden Bibliothek, falls gefunden</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+10"/>
        <source>Lender&apos;s record id</source>
        <translation>Datensatz-ID der gebenden Bibliothek</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>e.g. which copy or volume we need</source>
        <translation>z. B. welches Exemplar oder welchen Band wir brauchen</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+10"/>
        <source>Note to the lender</source>
        <translation>Notiz an die gebende Bibliothek</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Buy or borrow</source>
        <translation>Kaufen oder leihen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What is wanted</source>
        <translation>Was gewünscht wird</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialogs.py" line="-25"/>
        <source>No patron has card “{0}”. Use “New patron…” to add one.</source>
        <translation>Kein Benutzer hat den Ausweis „{0}“. Mit „Neuer Benutzer…“ legen Sie einen an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>BLOCKED: {0}</source>
        <translation>GESPERRT: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CARD EXPIRED on {0}</source>
        <translation>AUSWEIS ABGELAUFEN am {0}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Asking our library system…</source>
        <translation>Unser Bibliothekssystem wird gefragt…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Library system: {0}</source>
        <translation>Bibliothekssystem: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library system: no block.</source>
        <translation>Bibliothekssystem: keine Sperre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Library system did not answer: {0}</source>
        <translation>Das Bibliothekssystem hat nicht geantwortet: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} Enter the price like 24.95.</source>
        <translation>{0} Geben Sie den Preis wie 24,95 ein.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Scan the card of a known patron, or add the patron.</source>
        <translation>Scannen Sie den Ausweis eines bekannten Benutzers oder legen Sie den Benutzer an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Blocked in the library system</source>
        <translation>Im Bibliothekssystem gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our library system says: {0}. Make the request anyway?</source>
        <translation>Unser Bibliothekssystem meldet: {0}. Die Bestellung trotzdem anlegen?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Possible duplicate</source>
        <translation>Mögliche Dublette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter this request anyway?</source>
        <translation>Diese Bestellung trotzdem erfassen?</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <location filename="../../ui/copies/budget_dialog.py" line="+26"/>
        <location line="+11"/>
        <source>Budget</source>
        <translation>Etat</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Fiscal year (starting in)</source>
        <translation>Haushaltsjahr (beginnt im)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0}
Purchases {1}, lender charges {2}, royalties {3}.</source>
        <translation>{0}
Käufe {1}, Gebühren gebender Bibliotheken {2}, Lizenzgebühren {3}.</translation>
    </message>
</context>
<context>
    <name>ChargeRequestDialog</name>
    <message>
        <location filename="../../ui/charges_dialog.py" line="+16"/>
        <source>Charge {0}</source>
        <translation>Gebühr für {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid by</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: the partner&apos;s usual charge</source>
        <translation>leer: die übliche Gebühr des Partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This partner accepts no payment: set its payment options first.</source>
        <translation>Dieser Partner nimmt keine Zahlung an: Legen Sie zuerst seine Zahlungswege fest.</translation>
    </message>
</context>
<context>
    <name>ChargesDialog</name>
    <message>
        <location line="+25"/>
        <source>Lending charges and IFLA vouchers</source>
        <translation>Gebühren der gebenden Fernleihe und IFLA-Gutscheine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpaid charges</source>
        <translation>Offene Gebühren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark paid</source>
        <translation>Als bezahlt markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print invoice…</source>
        <translation>Rechnung drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waive…</source>
        <translation>Erlassen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bill what was never billed</source>
        <translation>Bisher nicht Berechnetes in Rechnung stellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The policy charge of lending requests shipped, sent or completed before charges were billed by themselves</source>
        <translation>Die Gebühr nach den Leihbedingungen für gebende Bestellungen, die versandt, gesendet oder abgeschlossen wurden, bevor Gebühren automatisch berechnet wurden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Full vouchers</source>
        <translation>Ganze Gutscheine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Half vouchers</source>
        <translation>Halbe Gutscheine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record vouchers (+ received, − spent)</source>
        <translation>Gutscheine erfassen (+ erhalten, − ausgegeben)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statement</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpaid charges:</source>
        <translation>Offene Gebühren:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Full</source>
        <translation>Ganz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half</source>
        <translation>Halb</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Waive a charge</source>
        <translation>Eine Gebühr erlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is {0} for {1} waived?</source>
        <translation>Warum wird {0} für {1} erlassen?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} lending requests billed.</source>
        <translation>{0} gebende Bestellungen berechnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every shipped, sent or complete lending request is billed.</source>
        <translation>Jede versandte, gesendete oder abgeschlossene gebende Bestellung ist berechnet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose an invoice in the list first.</source>
        <translation>Wählen Sie zuerst eine Rechnung in der Liste.</translation>
    </message>
</context>
<context>
    <name>CitationForm</name>
    <message>
        <location filename="../../ui/dialogs/citation_form.py" line="+46"/>
        <source>Loan (book, item)</source>
        <translation>Ausleihe (Buch, Medium)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy (article, chapter)</source>
        <translation>Kopie (Aufsatz, Kapitel)</translation>
    </message>
    <message>
        <location filename="../../../forms/citation_form.ui" line="+21"/>
        <location line="+10"/>
        <source>Service</source>
        <translation>Leihverkehrsart</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Paste an OpenURL from the link resolver…</source>
        <translation>Eine OpenURL aus dem Linkresolver einfügen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>OCLC number</source>
        <translation>OCLC-Nummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Edition</source>
        <translation>Auflage</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Publisher</source>
        <translation>Verlag</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Article title</source>
        <translation>Titel des Aufsatzes</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Journal</source>
        <translation>Zeitschrift</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>ISSN</source>
        <translation>ISSN</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Volume</source>
        <translation>Band</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Issue</source>
        <translation>Heft</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+10"/>
        <source>OpenURL</source>
        <translation>OpenURL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/citation_form.py" line="+29"/>
        <source>This OpenURL holds no citation: </source>
        <translation>Diese OpenURL enthält keine Titelangaben: </translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <location filename="../../ui/copies/clearance_dialog.py" line="+31"/>
        <source>Copyright clearance</source>
        <translation>Urheberrechtliche Klärung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A royalty was paid</source>
        <translation>Eine Lizenzgebühr wurde gezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override (no royalty)</source>
        <translation>Ausnahme (ohne Lizenzgebühr)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copyright Clearance Center, or the publisher</source>
        <translation>Copyright Clearance Center oder der Verlag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Royalty amount</source>
        <translation>Höhe der Lizenzgebühr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid to</source>
        <translation>Bezahlt an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the override</source>
        <translation>Grund für die Ausnahme</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Say who was paid.</source>
        <translation>Sagen Sie, wer bezahlt wurde.</translation>
    </message>
</context>
<context>
    <name>CopyPanel</name>
    <message>
        <location filename="../../ui/copies/copy_panel.py" line="+45"/>
        <source>Copy, copyright and purchase</source>
        <translation>Kopie, Urheberrecht und Erwerbung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase on demand</source>
        <translation>Erwerbung auf Anfrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mailed to the patron.</source>
        <translation>Per E-Mail an den Benutzer geschickt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Buy instead of borrow…</source>
        <translation>Kaufen statt leihen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compliance: {0}.</source>
        <translation>Rechtsgrundlage: {0}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compliance</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— choose —</source>
        <translation>— wählen —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CCG: CONTU guidelines</source>
        <translation>CCG: CONTU-Richtlinien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CCL: copyright law</source>
        <translation>CCL: Urheberrecht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested: {0}</source>
        <translation>Vorgeschlagen: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold for copyright</source>
        <translation>Für Urheberrecht zurückhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record royalty or override…</source>
        <translation>Lizenzgebühr oder Ausnahme erfassen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look for an open-access copy:</source>
        <translation>Nach einer Open-Access-Kopie suchen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>https://… address of the open-access copy</source>
        <translation>https://…-Adresse der Open-Access-Kopie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found open access</source>
        <translation>Open Access gefunden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No PDF attached yet.</source>
        <translation>Noch kein PDF angehängt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF: {0}, {1} pages, {2}.</source>
        <translation>PDF: {0}, {1} Seiten, {2}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted on {0}.</source>
        <translation>Gelöscht am {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF was removed on {0}.</source>
        <translation>Das PDF wurde am {0} entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attach PDF…</source>
        <translation>PDF anhängen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail again</source>
        <translation>Erneut per E-Mail senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail to patron</source>
        <translation>E-Mail an Benutzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark printed</source>
        <translation>Als gedruckt markieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded as printed.</source>
        <translation>Als gedruckt erfasst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Compliance recorded: {0}.</source>
        <translation>Rechtsgrundlage erfasst: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held for copyright clearance.</source>
        <translation>Für die urheberrechtliche Klärung zurückgehalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The browser could not be opened for {0}.</source>
        <translation>Der Browser konnte für {0} nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Completed with the open-access link; the patron is notified.</source>
        <translation>Mit dem Open-Access-Link abgeschlossen; der Benutzer wird benachrichtigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copyright cleared.</source>
        <translation>Urheberrecht geklärt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order recorded.</source>
        <translation>Bestellung erfasst.</translation>
    </message>
</context>
<context>
    <name>CopyrightReportDialog</name>
    <message>
        <location filename="../../ui/copies/report_dialog.py" line="+35"/>
        <source>Copyright report</source>
        <translation>Urheberrechtsbericht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Journal</source>
        <translation>Zeitschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISSN</source>
        <translation>ISSN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the rule</source>
        <translation>Über der Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Royalties paid</source>
        <translation>Gezahlte Lizenzgebühren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} titles; {1} over the rule.</source>
        <translation>{0} Titel; {1} über der Regel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {0} rows to {1}.</source>
        <translation>{0} Zeilen nach {1} gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export copyright report</source>
        <translation>Urheberrechtsbericht exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail_pane.py" line="+59"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{0}  [Enter]</source>
        <translation>{0}  [Enter]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The usual next step: Enter takes it.</source>
        <translation>Der übliche nächste Schritt: Enter führt ihn aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lenders…</source>
        <translation>Gebende Bibliotheken…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find lenders…  [{0}]</source>
        <translation>Gebende Bibliotheken suchen…  [{0}]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charge…</source>
        <translation>Gebühr berechnen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reprint label</source>
        <translation>Etikett nachdrucken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library system…</source>
        <translation>Bibliothekssystem…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing more to do: this request is finished.</source>
        <translation>Nichts mehr zu tun: Diese Bestellung ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Asking our OPAC…</source>
        <translation>Unser OPAC wird gefragt…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Our OPAC has no copy of this.</source>
        <translation>Unser OPAC hat davon kein Exemplar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our OPAC did not answer: {0}</source>
        <translation>Unser OPAC hat nicht geantwortet: {0}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The lender says this loan is overdue (told us on {0}).</source>
        <translation>Die gebende Bibliothek meldet diese Ausleihe als überfällig (mitgeteilt am {0}).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} by {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>An available copy is on our shelf: consider “Deflect to local copy”.</source>
        <translation>Ein verfügbares Exemplar steht in unserem Regal: „Auf eigenen Bestand verweisen“ erwägen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull one of these copies: scan its barcode at the Pull station.</source>
        <translation>Heben Sie eines dieser Exemplare aus: Scannen Sie seinen Barcode an der Station Ausheben.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Changed at another desk</source>
        <translation>An einer anderen Theke geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Owned: {0}</source>
        <translation>Im Bestand: {0}</translation>
    </message>
</context>
<context>
    <name>DeviceBridge</name>
    <message>
        <location filename="../../ui/devices/bridge.py" line="+172"/>
        <source>No RFID pad is set up at this desk.</source>
        <translation>An dieser Theke ist kein RFID-Lesegerät eingerichtet.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Scanner ready on {0}.</source>
        <translation>Scanner bereit an {0}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RFID pad ready on {0}.</source>
        <translation>RFID-Lesegerät bereit an {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanner not connected ({0}); it will be used again as soon as it is plugged in.</source>
        <translation>Scanner nicht verbunden ({0}); er wird wieder benutzt, sobald er angeschlossen ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RFID pad not connected ({0}); it will be used again as soon as it is plugged in.</source>
        <translation>RFID-Lesegerät nicht verbunden ({0}); es wird wieder benutzt, sobald es angeschlossen ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scanner on {0} sent unreadable data; check its baud rate and framing.</source>
        <translation>Der Scanner an {0} hat unlesbare Daten gesendet; prüfen Sie Baudrate und Datenformat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for the scanner on {0}...</source>
        <translation>Scanner an {0} wird gesucht...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for the RFID pad on {0}...</source>
        <translation>RFID-Lesegerät an {0} wird gesucht...</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../ui/devices/devices_dialog.py" line="+60"/>
        <source>Scanners and RFID pads</source>
        <translation>Scanner und RFID-Lesegeräte</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Use simulated devices (demo mode)</source>
        <translation>Simulierte Geräte verwenden (Demomodus)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Look for ports again</source>
        <translation>Erneut nach Schnittstellen suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply and test</source>
        <translation>Übernehmen und testen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scans and tags as they arrive:</source>
        <translation>Scans und Etiketten, wie sie ankommen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan something to test the scanner.</source>
        <translation>Scannen Sie etwas, um den Scanner zu testen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Serial barcode scanner</source>
        <translation>Serieller Barcodescanner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty for a keyboard-wedge (USB keyboard) scanner; it needs no setting.</source>
        <translation>Für einen Tastatur-Scanner (USB-Tastatur) leer lassen; er braucht keine Einstellung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even</source>
        <translation>Gerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd</source>
        <translation>Ungerade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any of CR, LF, Tab, ETX</source>
        <translation>CR, LF, Tab oder ETX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LF</source>
        <translation>LF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR LF</source>
        <translation>CR LF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETX</source>
        <translation>ETX</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Port</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Baud rate</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Data bits</source>
        <translation>Datenbits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parity</source>
        <translation>Parität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop bits</source>
        <translation>Stoppbits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of scan</source>
        <translation>Ende des Scans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RFID pad</source>
        <translation>RFID-Lesegerät</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simulated devices</source>
        <translation>Simulierte Geräte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send as a scan</source>
        <translation>Als Scan senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+168"/>
        <source>Unplug scanner</source>
        <translation>Scanner abziehen</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Barcode:</source>
        <translation>Barcode:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blank tag on pad</source>
        <translation>Leeres Etikett auf dem Lesegerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take every tag off the simulated pad and put one blank tag on it.</source>
        <translation>Nehmen Sie alle Etiketten vom simulierten Lesegerät und legen Sie ein leeres Etikett darauf.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“{0}” is not a baud rate; using {1}.</source>
        <translation>„{0}“ ist keine Baudrate; es wird {1} verwendet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} serial port(s) found.</source>
        <translation>{0} serielle Schnittstelle(n) gefunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No serial ports found. A keyboard-wedge scanner needs none; plug in a serial scanner or pad and look again.</source>
        <translation>Keine seriellen Schnittstellen gefunden. Ein Tastatur-Scanner braucht keine; schließen Sie einen seriellen Scanner oder ein Lesegerät an und suchen Sie erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Testing with the settings above...</source>
        <translation>Test mit den obigen Einstellungen...</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Simulated devices could not start: {0}</source>
        <translation>Simulierte Geräte konnten nicht starten: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simulated scanner and RFID pad started.</source>
        <translation>Simulierter Scanner und simuliertes RFID-Lesegerät gestartet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The simulated scanner could not send: {0}</source>
        <translation>Der simulierte Scanner konnte nicht senden: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Plug scanner in</source>
        <translation>Scanner anschließen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Scan: {0} ({1})</source>
        <translation>Scan: {0} ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RFID pad: no tags.</source>
        <translation>RFID-Lesegerät: keine Etiketten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag {0}: item {1}, part {2} of {3}, {4}, {5}</source>
        <translation>Etikett {0}: Exemplar {1}, Teil {2} von {3}, {4}, {5}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tag {0}: {1}</source>
        <translation>Etikett {0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: {0}</source>
        <translation>Warnung: {0}</translation>
    </message>
</context>
<context>
    <name>DocumentBox</name>
    <message>
        <location filename="../../ui/copies/document_box.py" line="+105"/>
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete PDF now</source>
        <translation>PDF jetzt löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the PDF now</source>
        <translation>Das PDF jetzt löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the PDF of {0} now, before its purge date? It cannot be sent again.</source>
        <translation>Das PDF von {0} jetzt löschen, vor seinem Löschtermin? Es kann danach nicht mehr gesendet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF of {0} was deleted.</source>
        <translation>Das PDF von {0} wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Attach the PDF</source>
        <translation>PDF anhängen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} attached.</source>
        <translation>{0} angehängt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The e-mail could not be sent: {0}</source>
        <translation>Die E-Mail konnte nicht gesendet werden: {0}</translation>
    </message>
</context>
<context>
    <name>Excepthook</name>
    <message>
        <location filename="../../ui/excepthook.py" line="+29"/>
        <source>Something went wrong that illdesk did not expect:

{0}

Your work up to the last saved action is safe. The details are in the log file.</source>
        <translation>Etwas ist schiefgegangen, womit illdesk nicht gerechnet hat:

{0}

Ihre Arbeit bis zur letzten gespeicherten Aktion ist sicher. Die Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>illdesk: unexpected error</source>
        <translation>illdesk: unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>FindLendersDialog</name>
    <message>
        <location filename="../../ui/dialogs/find_lenders_dialog.py" line="+18"/>
        <source>Find lenders for {0}</source>
        <translation>Gebende Bibliotheken für {0} suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ISBN {0}</source>
        <translation>ISBN {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISSN {0}</source>
        <translation>ISSN {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCLC {0}</source>
        <translation>OCLC {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking for: {0}</source>
        <translation>Gesucht: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel search</source>
        <translation>Suche abbrechen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ask the ticked libraries (rota)</source>
        <translation>Angekreuzte Bibliotheken anfragen (Leitweg)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Catalogues</source>
        <translation>Kataloge</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No catalogue to search: enter a partner&apos;s catalogue address under Desk → Partner libraries, or union catalogues in Settings.</source>
        <translation>Kein Katalog zum Durchsuchen: Tragen Sie unter Theke → Partnerbibliotheken die Katalogadresse eines Partners ein oder in den Einstellungen Verbundkataloge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+117"/>
        <source>asking…</source>
        <translation>wird angefragt…</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Search cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+81"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>not answering — {0}</source>
        <translation>antwortet nicht – {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no copy found</source>
        <translation>kein Exemplar gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>found — holdings: {0} · records: {1}</source>
        <translation>gefunden – Bestand: {0} · Datensätze: {1}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} (not in our directory)</source>
        <translation>{0} (nicht in unserem Verzeichnis)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0:.0%} {1}</source>
        <translation>{0:.0%} {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add this library to the partner directory to ask it.</source>
        <translation>Nehmen Sie diese Bibliothek in das Partnerverzeichnis auf, um sie anzufragen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No catalogue has a copy. Choose lenders by hand.</source>
        <translation>Kein Katalog hat ein Exemplar. Wählen Sie gebende Bibliotheken von Hand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the libraries to ask; the rota policy puts them in order.</source>
        <translation>Kreuzen Sie die anzufragenden Bibliotheken an; die Leitweg-Regel bringt sie in eine Reihenfolge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changed at another desk</source>
        <translation>An einer anderen Theke geändert</translation>
    </message>
</context>
<context>
    <name>LenderChargeButton</name>
    <message>
        <location filename="../../ui/copies/lender_charge_dialog.py" line="+240"/>
        <source>Lender charge…</source>
        <translation>Gebühr der gebenden Bibliothek…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record what the lender billed; it counts against the budget.</source>
        <translation>Erfassen Sie, was die gebende Bibliothek berechnet hat; es wird auf den Etat angerechnet.</translation>
    </message>
</context>
<context>
    <name>LenderChargeDialog</name>
    <message>
        <location line="-190"/>
        <source>Lender charge for {0}</source>
        <translation>Gebühr der gebenden Bibliothek für {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>15.00</source>
        <translation>15,00</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example loan fee, article fee, lost book</source>
        <translation>zum Beispiel Leihgebühr, Aufsatzgebühr, verlorenes Buch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget {0}</source>
        <translation>Etat {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Already charged on this request</source>
        <translation>Für diese Bestellung bereits berechnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record charge</source>
        <translation>Gebühr erfassen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Lender: {0}</source>
        <translation>Gebende Bibliothek: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Article fee from {0}</source>
        <translation>Aufsatzgebühr von {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan fee from {0}</source>
        <translation>Leihgebühr von {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spent {0} in {1}</source>
        <translation>{0} ausgegeben in {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} of {1}; {2} left.</source>
        <translation>{0} von {1}; {2} übrig.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After this charge: {0} spent.</source>
        <translation>Nach dieser Gebühr: {0} ausgegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After this charge: {0} spent, {1} over budget.</source>
        <translation>Nach dieser Gebühr: {0} ausgegeben, {1} über dem Etat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After this charge: {0} spent, {1} left.</source>
        <translation>Nach dieser Gebühr: {0} ausgegeben, {1} übrig.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>{0} (no budget set).</source>
        <translation>{0} (kein Etat festgelegt).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lender charges count against this budget.</source>
        <translation>Gebühren gebender Bibliotheken werden auf diesen Etat angerechnet.</translation>
    </message>
</context>
<context>
    <name>LendingCopyPanel</name>
    <message>
        <location filename="../../ui/copies/lending_copy_panel.py" line="+42"/>
        <source>Article copy for {0}</source>
        <translation>Aufsatzkopie für {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to {0}.</source>
        <translation>An {0} gesendet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PDF attached</source>
        <translation>PDF angehängt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as a link</source>
        <translation>als Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent {0} times; last on {1} to {2} ({3}).</source>
        <translation>{0}-mal gesendet; zuletzt am {1} an {2} ({3}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent on {0} to {1} ({2}).</source>
        <translation>Am {0} an {1} gesendet ({2}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scan or download the article, then drop the PDF here or attach it; that records it as scanned (and holdings and licence as checked).</source>
        <translation>Scannen oder laden Sie den Aufsatz herunter, dann legen Sie das PDF hier ab oder hängen es an; damit ist er als gescannt erfasst (und Bestand und Lizenz als geprüft).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop a better scan here to replace the PDF</source>
        <translation>Einen besseren Scan hier ablegen, um das PDF zu ersetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace PDF…</source>
        <translation>PDF ersetzen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attach scanned PDF…</source>
        <translation>Gescanntes PDF anhängen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to {0} by e-mail</source>
        <translation>Per E-Mail an {0} senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No PDF attached yet.</source>
        <translation>Noch kein PDF angehängt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF was removed on {0}.</source>
        <translation>Das PDF wurde am {0} entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF: {0} · {1} pages · {2} · SHA-256 {3}…</source>
        <translation>PDF: {0} · {1} Seiten · {2} · SHA-256 {3}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted on {0}.</source>
        <translation>Gelöscht am {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To: {0} &lt;{1}&gt;</source>
        <translation>An: {0} &lt;{1}&gt;</translation>
    </message>
</context>
<context>
    <name>LendingRequestDialog</name>
    <message>
        <location filename="../../../forms/lending_request.ui" line="+6"/>
        <source>New lending request</source>
        <translation>Neue gebende Bestellung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialogs.py" line="+24"/>
        <location line="+102"/>
        <source>— choose the borrowing library —</source>
        <translation>— nehmende Bibliothek wählen —</translation>
    </message>
    <message>
        <location filename="../../../forms/lending_request.ui" line="+69"/>
        <source>New partner…</source>
        <translation>Neuer Partner…</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+28"/>
        <source>Borrowing library</source>
        <translation>Nehmende Bibliothek</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+10"/>
        <source>Material</source>
        <translation>Materialart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy</source>
        <translation>Leihbedingungen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Their request number, if any</source>
        <translation>Ihre Bestellnummer, falls vorhanden</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+10"/>
        <source>Their number</source>
        <translation>Ihre Nummer</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Needed by</source>
        <translation>Benötigt bis</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paste from e-mail…</source>
        <translation>Aus E-Mail einfügen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What is wanted</source>
        <translation>Was gewünscht wird</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_dialogs.py" line="-77"/>
        <source>Paste from e-mail</source>
        <translation>Aus E-Mail einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the partner&apos;s e-mail (labelled lines such as “Title:”, “ISBN:”, “Symbol:”, “Request number:”):</source>
        <translation>Fügen Sie die E-Mail des Partners ein (Zeilen mit Bezeichnungen wie „Title:“, „ISBN:“, „Symbol:“, „Request number:“):</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No partner has the symbol {0}: press “New partner…” to add it, or choose the library by hand.</source>
        <translation>Kein Partner hat das Sigel {0}: Drücken Sie „Neuer Partner…“, um ihn anzulegen, oder wählen Sie die Bibliothek von Hand.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose the library that asks.</source>
        <translation>Wählen Sie die anfragende Bibliothek.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../../forms/library_page.ui" line="+6"/>
        <source>Your library</source>
        <translation>Ihre Bibliothek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How your library is named on printouts and known to partners.</source>
        <translation>Wie Ihre Bibliothek auf Ausdrucken heißt und wie Partner sie kennen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. Riverside Public Library</source>
        <translation>z. B. Stadtbibliothek Flussheim</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>e.g. DE-1 (ISIL) or OCLC:NYP</source>
        <translation>z. B. DE-1 (ISIL) oder OCLC:NYP</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The symbol partner libraries know you by: your ISIL (country code, dash, code) or OCLC symbol.</source>
        <translation>Das Sigel, unter dem Partnerbibliotheken Sie kennen: Ihr ISIL (Ländercode, Bindestrich, Kennung) oder OCLC-Symbol.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>e.g. ill@library.example.org</source>
        <translation>z. B. fernleihe@bibliothek.example.org</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Library name</source>
        <translation>Name der Bibliothek</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Library symbol (ISIL or OCLC)</source>
        <translation>Bibliothekssigel (ISIL oder OCLC)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ILL e-mail address</source>
        <translation>E-Mail-Adresse der Fernleihe</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>After this many days a finished request forgets its patron&apos;s name, e-mail and notes; statistics keep the patron category, dates and states.</source>
        <translation>Nach so vielen Tagen vergisst eine abgeschlossene Bestellung Name, E-Mail und Notizen des Benutzers; die Statistik behält Benutzergruppe, Daten und Status.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Keep patron data after a request finishes</source>
        <translation>Benutzerdaten nach Abschluss einer Bestellung aufbewahren</translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <location filename="../../../forms/mail_page.ui" line="+6"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outgoing mail (SMTP) server that sends notices to patrons and articles to partners. Your IT provider or mail host tells you these.</source>
        <translation>Der Postausgangsserver (SMTP), der Benachrichtigungen an Benutzer und Aufsätze an Partner schickt. Ihr IT-Dienstleister oder Mailanbieter nennt Ihnen diese Angaben.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>e.g. smtp.library.example.org</source>
        <translation>z. B. smtp.bibliothek.example.org</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>25 plain, 587 with STARTTLS</source>
        <translation>25 unverschlüsselt, 587 mit STARTTLS</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Encrypt with STARTTLS (usually port 587)</source>
        <translation>Mit STARTTLS verschlüsseln (meist Port 587)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>empty when the server needs no login</source>
        <translation>leer, wenn der Server keine Anmeldung braucht</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Send a &amp;test message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+10"/>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>Port</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+10"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Password (kept on this desk only)</source>
        <translation>Passwort (nur an dieser Theke gespeichert)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Send the test message to</source>
        <translation>Testnachricht senden an</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard/wizard.py" line="+78"/>
        <source>Enter the mail server&apos;s name, e.g. smtp.library.example.org.</source>
        <translation>Geben Sie den Namen des Mailservers ein, z. B. smtp.bibliothek.example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the address notices come from, e.g. ill@library.example.org.</source>
        <translation>Geben Sie die Absenderadresse der Benachrichtigungen ein, z. B. fernleihe@bibliothek.example.org.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter an address to send the test message to.</source>
        <translation>Geben Sie eine Adresse ein, an die die Testnachricht geht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>illdesk test message</source>
        <translation>illdesk-Testnachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a test message from the interlibrary-loan desk of {0}.
If you can read it, notices from illdesk will reach patrons and partners.</source>
        <translation>Dies ist eine Testnachricht der Fernleihtheke von {0}.
Wenn Sie sie lesen können, erreichen Benachrichtigungen von illdesk Benutzer und Partner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending to {0}…</source>
        <translation>Wird an {0} gesendet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent. Look in the mailbox of {0}.</source>
        <translation>Gesendet. Sehen Sie im Postfach von {0} nach.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not sent: {0}</source>
        <translation>Nicht gesendet: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+141"/>
        <source>&amp;Borrowing</source>
        <translation>&amp;Nehmende Fernleihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lending</source>
        <translation>&amp;Gebende Fernleihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Patrons</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening the library…</source>
        <translation>Die Bibliothek wird geöffnet …</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The scans made while the desk opened ({0}) were not used: sign in first, then scan again.</source>
        <translation>Die Scans beim Öffnen der Theke ({0}) wurden nicht verwendet: Bitte zuerst anmelden und dann erneut scannen.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>RFID pad: {0}</source>
        <translation>RFID-Lesegerät: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the items on the pad</source>
        <translation>Die Exemplare auf dem Lesegerät prüfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scan {0} was not used: sign in first, then scan again.</source>
        <translation>Der Scan {0} wurde nicht verwendet: Bitte zuerst anmelden, dann erneut scannen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The scan {0} was not used: “{1}” is open and takes no barcode. Close it, then scan again.</source>
        <translation>Der Scan {0} wurde nicht verwendet: „{1}“ ist offen und nimmt keinen Barcode an. Schließen Sie es und scannen Sie erneut.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{0} works on the Lending tab.</source>
        <translation>{0} funktioniert auf dem Reiter Gebende Fernleihe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>F5–F8 choose what a scan does on the Borrowing and Lending tabs.</source>
        <translation>F5–F8 wählen, was ein Scan auf den Reitern Nehmende und Gebende Fernleihe bewirkt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lending station has three modes: F5 Pull, F6 Ship, F7 Return received.</source>
        <translation>Die Station der gebenden Fernleihe hat drei Modi: F5 Ausheben, F6 Versand, F7 Rücksendung erhalten.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Find lenders works on the Borrowing tab, for a request still looking for a lender.</source>
        <translation>Die Suche nach gebenden Bibliotheken arbeitet auf dem Reiter Nehmende Fernleihe, für eine Bestellung, die noch eine gebende Bibliothek sucht.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Scanners and RFID pads</source>
        <translation>Scanner und RFID-Lesegeräte</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Database: {0}</source>
        <translation>Datenbank: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At the desk:</source>
        <translation>An der Theke:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add staff member…</source>
        <translation>Mitarbeiter hinzufügen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Add staff member</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Name of the staff member:</source>
        <translation>Name des Mitarbeiters:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sign in to work at this desk.</source>
        <translation>Bitte melden Sie sich an, um an dieser Theke zu arbeiten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} ({1}) · Sign out</source>
        <translation>{0} ({1}) · Abmelden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed in as {0}.</source>
        <translation>Angemeldet als {0}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Audit log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Old patron data could not be removed now: {0}</source>
        <translation>Alte Benutzerdaten konnten jetzt nicht entfernt werden: {0}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Notices: {0} waiting, {1} to print</source>
        <translation>Benachrichtigungen: {0} wartend, {1} zu drucken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {0} failing</source>
        <translation>, {0} fehlerhaft</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Printers</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} loans became overdue or reached the next reminder.</source>
        <translation>{0} Ausleihen wurden überfällig oder haben die nächste Mahnstufe erreicht.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Timers moved {0} waiting requests on (see their history).</source>
        <translation>Die Fristüberwachung hat {0} wartende Bestellungen weitergeführt (siehe deren Verlauf).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The timers could not run now; they try again within the hour. {0}</source>
        <translation>Die Fristüberwachung konnte jetzt nicht laufen; sie versucht es innerhalb der nächsten Stunde erneut. {0}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Notices could not be sent now; they are tried again in a few minutes. {0}</source>
        <translation>Benachrichtigungen konnten jetzt nicht gesendet werden; sie werden in ein paar Minuten erneut versucht. {0}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The action is recorded, but what follows it did not work: {0} (see the log file).</source>
        <translation>Der Vorgang ist gespeichert, aber der nachfolgende Schritt ist fehlgeschlagen: {0} (siehe Protokolldatei).</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <source>Request {0} entered.</source>
        <translation>Bestellung {0} erfasst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open request</source>
        <translation>Bestellung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} — illdesk</source>
        <translation>{0} – illdesk</translation>
    </message>
</context>
<context>
    <name>NcipQueueDialog</name>
    <message>
        <location filename="../../ui/interop/ncip_queue.py" line="+14"/>
        <source>Library system (NCIP) queue</source>
        <translation>Warteschlange des Bibliothekssystems (NCIP)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss (enter it in the ILS by hand)</source>
        <translation>Verwerfen (im Bibliothekssystem von Hand eintragen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>NCIP is off: nothing is sent to our library system (Desk → Settings → NCIP).</source>
        <translation>NCIP ist aus: An unser Bibliothekssystem wird nichts gesendet (Theke → Einstellungen → NCIP).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed, will retry</source>
        <translation>fehlgeschlagen, wird erneut versucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing is waiting for our library system.</source>
        <translation>Nichts wartet auf unser Bibliothekssystem.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0} for {1} goes out with the next round.</source>
        <translation>{0} für {1} geht mit der nächsten Runde hinaus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} for {1} dismissed: enter it in the library system by hand.</source>
        <translation>{0} für {1} verworfen: Tragen Sie es im Bibliothekssystem von Hand ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking our library system…</source>
        <translation>Unser Bibliothekssystem wird gefragt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Our library system answers: {0}.</source>
        <translation>Unser Bibliothekssystem antwortet: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Our library system does not answer: {0}</source>
        <translation>Unser Bibliothekssystem antwortet nicht: {0}</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <location filename="../../ui/notices_view.py" line="+17"/>
        <location line="+4"/>
        <source>Notices</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview of the notice</source>
        <translation>Vorschau der Benachrichtigung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show sent and printed too</source>
        <translation>Auch gesendete und gedruckte zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send waiting e-mails now</source>
        <translation>Wartende E-Mails jetzt senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry this one now</source>
        <translation>Diese jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as printed and handed out</source>
        <translation>Als gedruckt und ausgehändigt markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{0} sent, {1} could not be sent (kept for retry), {2} to print.</source>
        <translation>{0} gesendet, {1} nicht gesendet (für einen neuen Versuch aufbewahrt), {2} zu drucken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sending notices</source>
        <translation>Benachrichtigungen werden gesendet</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../../ui/opening_page.py" line="+23"/>
        <source>Opening the library…</source>
        <translation>Die Bibliothek wird geöffnet …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>You can scan now: each scan goes to the Borrowing station once it is open.</source>
        <translation>Sie können schon scannen: Jeder Scan geht an die Station der nehmenden Fernleihe, sobald sie geöffnet ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 scan kept: it goes to the Borrowing station once it is open.</source>
        <translation>1 Scan vorgemerkt: Er geht an die Station der nehmenden Fernleihe, sobald sie geöffnet ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} scans kept: they go to the Borrowing station once it is open.</source>
        <translation>{0} Scans vorgemerkt: Sie gehen an die Station der nehmenden Fernleihe, sobald sie geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../ui/peer/outbox_dialog.py" line="+21"/>
        <source>ISO 18626 outbox</source>
        <translation>ISO-18626-Postausgang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show sent messages</source>
        <translation>Gesendete Nachrichten zeigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{queued} queued, {failed} failed, {sent} sent</source>
        <translation>{queued} wartend, {failed} fehlgeschlagen, {sent} gesendet</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <location filename="../../../forms/partner_form.ui" line="+30"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Symbol or ISIL</source>
        <translation>Sigel oder ISIL</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Region or state</source>
        <translation>Region oder Bundesland</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ILL e-mail</source>
        <translation>Fernleih-E-Mail</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ISO 18626 address</source>
        <translation>ISO-18626-Adresse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Catalogue (SRU or Z39.50)</source>
        <translation>Katalog (SRU oder Z39.50)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Catalogue database</source>
        <translation>Katalogdatenbank</translation>
    </message>
    <message>
        <location line="+49"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>We lend for</source>
        <translation>Wir verleihen für</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Renewals</source>
        <translation>Verlängerungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Charge per loan</source>
        <translation>Gebühr pro Ausleihe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OCLC IFM</source>
        <translation>OCLC IFM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IFLA vouchers</source>
        <translation>IFLA-Gutscheine</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Pays by</source>
        <translation>Zahlt per</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reciprocal: no charges either way</source>
        <translation>Gegenseitigkeit: keine Gebühren in beide Richtungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usual carrier</source>
        <translation>Üblicher Versanddienst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Signature required</source>
        <translation>z. B. Unterschrift erforderlich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>What we agreed when we lend to it</source>
        <translation>Was wir für den Verleih an diese Bibliothek vereinbart haben</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../ui/partners/partners_dialog.py" line="+39"/>
        <source>Find a partner library</source>
        <translation>Partnerbibliothek suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a library by name or symbol</source>
        <translation>Eine Bibliothek nach Name oder Sigel suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner libraries</source>
        <translation>Partnerbibliotheken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save partner</source>
        <translation>Partner speichern</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New partner: fill in the form and save.</source>
        <translation>Neuer Partner: Formular ausfüllen und speichern.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved {0} ({1}).</source>
        <translation>{0} gespeichert ({1}).</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location line="+6"/>
        <source>Partner libraries and lending policy</source>
        <translation>Partnerbibliotheken und Leihbedingungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner libraries</source>
        <translation>Partnerbibliotheken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lending policy</source>
        <translation>Leihbedingungen</translation>
    </message>
</context>
<context>
    <name>PatronDialog</name>
    <message>
        <location filename="../../ui/dialogs/patron_dialog.py" line="+125"/>
        <source>Edit patron</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New patron</source>
        <translation>Neuer Benutzer</translation>
    </message>
</context>
<context>
    <name>PatronForm</name>
    <message>
        <location filename="../../../forms/patron_form.ui" line="+22"/>
        <source>Scan the new card, or type its number</source>
        <translation>Den neuen Ausweis scannen oder seine Nummer tippen</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+10"/>
        <source>Card barcode</source>
        <translation>Ausweis-Barcode</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Name (Last, First)</source>
        <translation>Name (Nachname, Vorname)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patron_dialog.py" line="-76"/>
        <source>faculty</source>
        <translation>Lehrende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>graduate</source>
        <translation>Promovierende und Masterstudierende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undergraduate</source>
        <translation>Bachelorstudierende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public</source>
        <translation>Externe Nutzer</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../../forms/patron_form.ui" line="+7"/>
        <location line="+10"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../../forms/patron_form.ui" line="+7"/>
        <location line="+10"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Category</source>
        <translation>Benutzergruppe</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+10"/>
        <source>Card expires</source>
        <translation>Ausweis gültig bis</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+10"/>
        <source>Blocked because</source>
        <translation>Gesperrt, weil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: not blocked</source>
        <translation>leer: nicht gesperrt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>library default</source>
        <translation>Voreinstellung der Bibliothek</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+10"/>
        <source>Request limit</source>
        <translation>Bestelllimit</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+10"/>
        <source>Pickup location</source>
        <translation>Abholort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/patron_dialog.py" line="+0"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../../forms/patron_form.ui" line="+7"/>
        <location line="+10"/>
        <source>Notices by</source>
        <translation>Benachrichtigung per</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>PatronsTab</name>
    <message>
        <location filename="../../ui/patrons_tab.py" line="-134"/>
        <source>Find a patron by name, card barcode or e-mail…</source>
        <translation>Benutzer nach Name, Ausweis-Barcode oder E-Mail suchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New patron…</source>
        <translation>Neuer Benutzer…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit patron…</source>
        <translation>Benutzer bearbeiten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport this patron&apos;s data…</source>
        <translation>Daten dieses Benutzers e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase this patron…</source>
        <translation>Diesen Benutzer löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+152"/>
        <source>Renew card</source>
        <translation>Ausweis verlängern</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Renew the patron&apos;s card for another year</source>
        <translation>Den Ausweis des Benutzers um ein weiteres Jahr verlängern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patron</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This patron&apos;s requests (double-click to open)</source>
        <translation>Bestellungen dieses Benutzers (Doppelklick öffnet)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search failed</source>
        <translation>Suche fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>library default</source>
        <translation>Voreinstellung der Bibliothek</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Card expired on {0}: renew it before a new request.</source>
        <translation>Ausweis am {0} abgelaufen: Verlängern Sie ihn vor einer neuen Bestellung.</translation>
    </message>
</context>
<context>
    <name>PdfDropArea</name>
    <message>
        <location filename="../../ui/copies/drop_area.py" line="+27"/>
        <source>Drop the PDF here</source>
        <translation>Das PDF hier ablegen</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <location filename="../../../forms/peers_page.ui" line="+6"/>
        <source>ISO 18626 partners</source>
        <translation>ISO-18626-Partner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner libraries whose systems speak ISO 18626 can send requests straight to this desk. Leave it off if you exchange requests by e-mail.</source>
        <translation>Partnerbibliotheken, deren Systeme ISO 18626 sprechen, können Bestellungen direkt an diese Theke schicken. Lassen Sie es aus, wenn Sie Bestellungen per E-Mail austauschen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Receive ISO 18626 messages on this desk</source>
        <translation>ISO-18626-Nachrichten an dieser Theke &amp;empfangen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>e.g. DE-1</source>
        <translation>z. B. DE-1</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+10"/>
        <source>Port</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+10"/>
        <source>Agency id type</source>
        <translation>Art der Bibliotheks-ID</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>Our agency id</source>
        <translation>Unsere Bibliotheks-ID</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard/wizard.py" line="+144"/>
        <source>Enter the id partners address you with, e.g. DE-1.</source>
        <translation>Geben Sie die Kennung ein, mit der Partner Sie ansprechen, z. B. DE-1.</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../ui/partners/policy_page.py" line="+18"/>
        <source>Add rule…</source>
        <translation>Regel hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The most specific rule that sets a term wins: partner and material, then material, then partner, then the partner&apos;s record, then the library default (Settings).</source>
        <translation>Die spezifischste Regel, die eine Bedingung festlegt, gilt: Partner und Materialart, dann Materialart, dann Partner, dann der Partnereintrag, dann die Voreinstellung der Bibliothek (Einstellungen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What applies</source>
        <translation>Was gilt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lending to</source>
        <translation>Verleih an</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a library not in the directory</source>
        <translation>eine Bibliothek, die nicht im Verzeichnis steht</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+8"/>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete the rule for {0}, {1}?</source>
        <translation>Die Regel für {0}, {1} löschen?</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview_dialog.py" line="+182"/>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>System default printer</source>
        <translation>Standarddrucker des Systems</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print on the printer chosen on the left</source>
        <translation>Auf dem links gewählten Drucker drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose printer, pages and copies</source>
        <translation>Drucker, Seiten und Anzahl wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer:</source>
        <translation>Drucker:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to label printer (ZPL)</source>
        <translation>An den Etikettendrucker senden (ZPL)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The document could not be opened.</source>
        <translation>Das Dokument konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+97"/>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>The document could not be printed: {0}.</source>
        <translation>Das Dokument konnte nicht gedruckt werden: {0}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The printer {0} is not set up on this computer.</source>
        <translation>Der Drucker {0} ist an diesem Computer nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sending to the printer…</source>
        <translation>Wird an den Drucker gesendet …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the system default printer</source>
        <translation>den Standarddrucker des Systems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to {0} as job {1}.</source>
        <translation>An {0} gesendet (Auftrag {1}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to {0}.</source>
        <translation>An {0} gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The document was not printed: {0}
Nothing is lost: it is still in the preview, to print again or save as PDF.</source>
        <translation>Das Dokument wurde nicht gedruckt: {0}
Es geht nichts verloren: Es bleibt in der Vorschau und kann erneut gedruckt oder als PDF gespeichert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing was cancelled; the document is still in the preview.</source>
        <translation>Der Druck wurde abgebrochen; das Dokument bleibt in der Vorschau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be saved: %1.</source>
        <translation>Das PDF konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Label not sent</source>
        <translation>Etikett nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label sent</source>
        <translation>Etikett gesendet</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <location filename="../../ui/printing/printers_page.py" line="+61"/>
        <source>&lt;b&gt;Document&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dokument&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Printer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Drucker&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default printer</source>
        <translation>Standarddrucker des Systems</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test print</source>
        <translation>Testdruck</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the printer for each kind of document. “Test print” shows a sample on the real paper size, so you can check the alignment before printing for real.</source>
        <translation>Wählen Sie für jede Dokumentart den Drucker. „Testdruck“ zeigt ein Muster im echten Papierformat, damit Sie die Ausrichtung vor dem echten Druck prüfen können.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No printers are set up on this computer; documents can still be saved as PDF.</source>
        <translation>Auf diesem Computer sind keine Drucker eingerichtet; Dokumente können trotzdem als PDF gespeichert werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test print failed</source>
        <translation>Testdruck fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test print: %1</source>
        <translation>Testdruck: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sample label was sent to the %1.</source>
        <translation>Das Musteretikett wurde an %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>PrintersWizardPage</name>
    <message>
        <location filename="../../../forms/printers_wizard_page.ui" line="+6"/>
        <source>Printers</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which printer each kind of document goes to on this desk. A test print shows a sample first.</source>
        <translation>Auf welchen Drucker jede Dokumentart an dieser Theke geht. Ein Testdruck zeigt zuerst ein Muster.</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../ui/copies/purchase_dialog.py" line="+41"/>
        <source>Buy instead of borrow</source>
        <translation>Kaufen statt leihen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quoted price, to check the rule</source>
        <translation>Angebotener Preis, um die Regel zu prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the rule</source>
        <translation>Regel prüfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add to our vendors</source>
        <translation>Zu unseren Lieferanten hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the vendor typed here in the library&apos;s own list (Settings › Purchase)</source>
        <translation>Den hier eingegebenen Lieferanten in die eigene Liste der Bibliothek aufnehmen (Einstellungen › Erwerbung)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record the order</source>
        <translation>Bestellung erfassen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kept in our vendors</source>
        <translation>In unseren Lieferanten gespeichert</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <location filename="../../ui/reports/chart_view.py" line="+38"/>
        <source>No figures for this period yet.</source>
        <translation>Für diesen Zeitraum gibt es noch keine Zahlen.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/reports/window.py" line="+61"/>
        <source>Press Run to compute this report.</source>
        <translation>Klicken Sie auf „Ausführen“, um diesen Bericht zu berechnen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;XLSX…</source>
        <translation>&amp;XLSX exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF to print…</source>
        <translation>&amp;PDF zum Drucken…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the {0} report</source>
        <translation>Bericht „{0}“ speichern</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location line="+24"/>
        <source>Reports and statistics</source>
        <translation>Berichte und Statistik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates chosen</source>
        <translation>Gewählter Zeitraum</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Both sides</source>
        <translation>Nehmende und gebende Fernleihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borrowing</source>
        <translation>Nehmende Fernleihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lending</source>
        <translation>Gebende Fernleihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill rate by month &amp;finished</source>
        <translation>Lieferquote nach Monat des Ab&amp;schlusses</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Titles asked for more than</source>
        <translation>Titel, mehr als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>times in</source>
        <translation>Mal angefragt in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years</source>
        <translation>Jahren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Volume</source>
        <translation>&amp;Umfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill &amp;rate</source>
        <translation>Liefer&amp;quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Turnaround</source>
        <translation>&amp;Bearbeitungsdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Money</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;artners</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Borrow or buy</source>
        <translation>&amp;Leihen oder kaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual &amp;statistics</source>
        <translation>&amp;Jahresstatistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opyright</source>
        <translation>Urheber&amp;recht</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The period ends before it starts: choose a “to” date after {0}.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Wählen Sie ein „bis“-Datum nach dem {0}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Computing the reports for {0}…</source>
        <translation>Die Berichte für {0} werden berechnet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computing reports</source>
        <translation>Berichte werden berechnet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reports for {0}.</source>
        <translation>Berichte für {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reports could not be computed: {0}</source>
        <translation>Die Berichte konnten nicht berechnet werden: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped; nothing was computed.</source>
        <translation>Angehalten; es wurde nichts berechnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save {0}: {1}</source>
        <translation>{0} konnte nicht gespeichert werden: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {0}.</source>
        <translation>{0} gespeichert.</translation>
    </message>
</context>
<context>
    <name>RequestTab</name>
    <message>
        <location filename="../../ui/request_tab.py" line="-16"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search title, author, patron, partner, request number or item barcode…</source>
        <translation>Titel, Verfasser, Benutzer, Partner, Bestellnummer oder Exemplar-Barcode suchen…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>New request…</source>
        <translation>Neue Bestellung…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pull slips for waiting requests…  [F9]</source>
        <translation>Bestellzettel für wartende Bestellungen…  [F9]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print slips again…</source>
        <translation>Bestellzettel erneut drucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slips printed before whose copy is not pulled yet (a slip got lost)</source>
        <translation>Schon gedruckte Bestellzettel, deren Exemplar noch nicht ausgehoben ist (ein Zettel ging verloren)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import ISO 18626 file…</source>
        <translation>ISO-18626-Datei importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue…</source>
        <translation>Warteschlange…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the request shown in a named queue</source>
        <translation>Die angezeigte Bestellung in eine benannte Warteschlange stellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patron</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Borrowing library</source>
        <translation>Nehmende Bibliothek</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Requests</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+4"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a request first.</source>
        <translation>Wählen Sie zuerst eine Bestellung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Put {0} in the queue (empty: take it out of “{1}”):</source>
        <translation>{0} in die Warteschlange stellen (leer: aus „{1}“ herausnehmen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Search failed</source>
        <translation>Suche fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} shown (first {1}; refine the search)</source>
        <translation>{0} angezeigt (die ersten {1}; verfeinern Sie die Suche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} shown, more as you scroll</source>
        <translation>{0} angezeigt, weitere beim Scrollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} shown</source>
        <translation>{0} angezeigt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} more in {1}</source>
        <translation>{0} weitere in {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than {0} in {1}</source>
        <translation>Über {0} weitere in {1}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot show request</source>
        <translation>Bestellung kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import ISO 18626 message</source>
        <translation>ISO-18626-Nachricht importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>XML files (*.xml)</source>
        <translation>XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported {0}.</source>
        <translation>{0} importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> The sender bent the standard: {0}</source>
        <translation> Der Absender hat sich nicht genau an den Standard gehalten: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street address</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 18626 endpoint</source>
        <translation>ISO-18626-Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only its symbol</source>
        <translation>nur ihr Sigel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New partner library</source>
        <translation>Neue Partnerbibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} was not in the partner directory, so it was added from its request.
Arrived: {1}.
Missing: {2}.
Check it and fill in the rest and the lending terms now?</source>
        <translation>{0} stand nicht im Partnerverzeichnis und wurde aus seiner Bestellung aufgenommen.
Angekommen: {1}.
Es fehlt: {2}.
Jetzt prüfen und den Rest sowie die Leihbedingungen ergänzen?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0} pull slips printed.</source>
        <translation>{0} Bestellzettel gedruckt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pull slip printed for {0}.</source>
        <translation>Bestellzettel für {0} gedruckt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} changed at another desk; it keeps its state.</source>
        <translation>{0} wurde an einem anderen Arbeitsplatz geändert und behält seinen Status.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backups/restore_dialog.py" line="+42"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the backup to go back to. The database is replaced by it; everything entered after that backup was made is set aside in a backup of the current database, made first. Other desks should close illdesk before you restore.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren wollen. Die Datenbank wird durch sie ersetzt; alles, was nach dieser Sicherung erfasst wurde, wird zuvor in einer Sicherung der aktuellen Datenbank beiseitegelegt. Andere Theken sollten illdesk vor dem Wiederherstellen schließen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups are kept in {0}</source>
        <translation>Sicherungen liegen in {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>before upgrading schema {0}</source>
        <translation>vor der Aktualisierung des Schemas {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There are no backups yet. Use File → Back up now.</source>
        <translation>Es gibt noch keine Sicherungen. Nutzen Sie Datei → Jetzt sichern.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restoring the backup of {0}…</source>
        <translation>Die Sicherung vom {0} wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup was not restored: {0}</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restoring</source>
        <translation>Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>RotaDialog</name>
    <message>
        <location filename="../../ui/dialogs/rota_dialog.py" line="+43"/>
        <source>Lenders for {0}</source>
        <translation>Gebende Bibliotheken für {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Already asked: {0}</source>
        <translation>Bereits angefragt: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No lender asked yet.</source>
        <translation>Noch keine gebende Bibliothek angefragt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggest</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add →</source>
        <translation>Hinzufügen →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← Remove</source>
        <translation>← Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use template</source>
        <translation>Vorlage verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save rota as template…</source>
        <translation>Leitweg als Vorlage speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced suggestion</source>
        <translation>Ausgewogener Vorschlag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Partners (reciprocal first, then cost, then speed)</source>
        <translation>Partner (zuerst Gegenseitigkeit, dann Kosten, dann Schnelligkeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rota: asked in this order</source>
        <translation>Leitweg: in dieser Reihenfolge angefragt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No template yet: make a rota and save it as a template.</source>
        <translation>Noch keine Vorlage: Stellen Sie einen Leitweg zusammen und speichern Sie ihn als Vorlage.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the template {0}; last-resort lenders (Settings) go last.</source>
        <translation>Aus der Vorlage {0}; gebende Bibliotheken der letzten Wahl (Einstellungen) kommen zuletzt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Name of the template:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved the template {0}.</source>
        <translation>Vorlage {0} gespeichert.</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../../forms/rule_dialog.ui" line="+6"/>
        <source>Lending policy rule</source>
        <translation>Regel der Leihbedingungen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/rule_dialog.py" line="+56"/>
        <source>Every partner</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <location filename="../../../forms/rule_dialog.ui" line="+9"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../../ui/partners/rule_dialog.py" line="+2"/>
        <source>Every material</source>
        <translation>Alle Materialarten</translation>
    </message>
    <message>
        <location filename="../../../forms/rule_dialog.ui" line="+13"/>
        <source>Material</source>
        <translation>Materialart</translation>
    </message>
    <message>
        <location filename="../../ui/partners/rule_dialog.py" line="+6"/>
        <source>Lend</source>
        <translation>Verleihen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not lend</source>
        <translation>Nicht verleihen</translation>
    </message>
    <message>
        <location filename="../../../forms/rule_dialog.ui" line="+13"/>
        <source>Lend it?</source>
        <translation>Verleihen?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Loan period</source>
        <translation>Leihfrist</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Renewals</source>
        <translation>Verlängerungen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>— (empty: says nothing)</source>
        <translation>— (leer: sagt nichts)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Charge</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>e.g. Library use only</source>
        <translation>z. B. Nur im Lesesaal</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Leave a term at “—” and the less specific rule, the partner&apos;s record or the library default decides it. Conditions add up: the library&apos;s, the partner&apos;s and every matching rule&apos;s.</source>
        <translation>Lassen Sie eine Bedingung auf „—“, dann entscheidet die weniger spezifische Regel, der Partnereintrag oder die Voreinstellung der Bibliothek. Bedingungen addieren sich: die der Bibliothek, die des Partners und die jeder passenden Regel.</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../ui/routing/rules_dialog.py" line="+22"/>
        <source>Routing rule</source>
        <translation>Weiterleitungsregel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Theses go to review</source>
        <translation>z. B. Hochschulschriften zur Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority (lowest first)</source>
        <translation>Priorität (niedrigste zuerst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This rule is on</source>
        <translation>Diese Regel ist aktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>queue name, days ahead, the reason the patron reads, or staff&apos;s message</source>
        <translation>Name der Warteschlange, Tage im Voraus, der Grund, den der Benutzer liest, oder Hinweis für die Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lists are separated by commas (thesis, score; DE-1, US-NPHVC). Materials, sides, service types and states are written as stored: book, thesis, av; borrowing, lending; loan, copy; new, requested…</source>
        <translation>Listen werden durch Kommas getrennt (thesis, score; DE-1, US-NPHVC). Materialarten, Richtungen, Leihverkehrsarten und Status werden so geschrieben, wie sie gespeichert sind: book, thesis, av; borrowing, lending; loan, copy; new, requested…</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location line="+81"/>
        <location line="+64"/>
        <source>Routing rules</source>
        <translation>Weiterleitungsregeln</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>When a request is entered and every time its state changes, the first rule (lowest priority number) whose conditions all hold does its action. A request leaves its queue when its state changes; the rules then decide again.</source>
        <translation>Wenn eine Bestellung erfasst wird und jedes Mal, wenn sich ihr Status ändert, führt die erste Regel (niedrigste Prioritätszahl), deren Bedingungen alle zutreffen, ihre Aktion aus. Eine Bestellung verlässt ihre Warteschlange, wenn sich ihr Status ändert; dann entscheiden die Regeln erneut.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add rule…</source>
        <translation>Regel hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What would apply to this request</source>
        <translation>Was für diese Bestellung gelten würde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request number, e.g. B-2026-000123</source>
        <translation>Bestellnummer, z. B. B-2026-000123</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+7"/>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete the rule “{0}”?</source>
        <translation>Die Regel „{0}“ löschen?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
</context>
<context>
    <name>ScanBox</name>
    <message>
        <location filename="../../ui/devices/scan_box.py" line="+52"/>
        <source>Scan or type a barcode, then Enter</source>
        <extracomment>Dynamic property that marks a widget as a scan box (the keyboard wedge leaves it alone).</extracomment>
        <translation>Barcode scannen oder tippen, dann Enter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty the field</source>
        <translation>Feld leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan box</source>
        <translation>Scanfeld</translation>
    </message>
</context>
<context>
    <name>ScanStation</name>
    <message>
        <location filename="../../ui/scan_station.py" line="+124"/>
        <source>Scan to:</source>
        <translation>Scan für:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}  [{1}]</source>
        <translation>{0}  [{1}]</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unfilled…  [F12]</source>
        <translation>Negativ…  [F12]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scan box</source>
        <translation>Scanfeld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan result</source>
        <translation>Scanergebnis</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{0} …</source>
        <translation>{0} …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ready: {0}.</source>
        <translation>Bereit: {0}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} — {1}: now scan the copy you took from the shelf (or F12 if it is not there).</source>
        <translation>{0} – {1}: Scannen Sie jetzt das aus dem Regal genommene Exemplar (oder F12, wenn es nicht da ist).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not shipped: {0}.</source>
        <translation>Nicht versandt: {0}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} — {1}: now scan the card of {2} (or Enter to hand it over without it).</source>
        <translation>{0} – {1}: Scannen Sie jetzt den Ausweis von {2} (oder Enter, um ohne Ausweis auszuhändigen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} — {1}: now scan the card of {2}.</source>
        <translation>{0} – {1}: Scannen Sie jetzt den Ausweis von {2}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan the patron&apos;s card (Enter: without it)</source>
        <translation>Ausweis des Benutzers scannen (Enter: ohne Ausweis)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the patron&apos;s card</source>
        <translation>Ausweis des Benutzers scannen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Done:</source>
        <translation>Erledigt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} — {1}: {2}</source>
        <translation>{0} – {1}: {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · due {0}</source>
        <translation> · fällig {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · conditions: {0}</source>
        <translation> · Bedingungen: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · F11: note its condition</source>
        <translation> · F11: Zustand vermerken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scan the returned item first, then F11.</source>
        <translation>Scannen Sie zuerst das zurückgekommene Exemplar, dann F11.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Condition of {0} on return (e.g. “water damage to the cover”):</source>
        <translation>Zustand von {0} bei der Rückgabe (z. B. „Wasserschaden am Einband“):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition on return: </source>
        <translation>Zustand bei der Rückgabe: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ {0}: condition noted.</source>
        <translation>✔ {0}: Zustand vermerkt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan the pull slip of the request first, then F12.</source>
        <translation>Scannen Sie zuerst den Bestellzettel der Bestellung, dann F12.</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <location filename="../../../forms/scanner_page.ui" line="+6"/>
        <source>Barcode scanner</source>
        <translation>Barcodescanner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most USB scanners type like a keyboard and need nothing set. A scanner on a serial (COM) port needs its port. Scan any barcode into the test field.</source>
        <translation>Die meisten USB-Scanner tippen wie eine Tastatur und brauchen keine Einstellung. Ein Scanner an einer seriellen (COM-)Schnittstelle braucht seine Schnittstelle. Scannen Sie einen beliebigen Barcode in das Testfeld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keyboard (USB scanner that types the barcode)</source>
        <translation>&amp;Tastatur (USB-Scanner, der den Barcode tippt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;erial port</source>
        <translation>S&amp;erielle Schnittstelle</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard/wizard.py" line="-106"/>
        <source>e.g. /dev/ttyACM0 or COM3</source>
        <translation>z. B. /dev/ttyACM0 oder COM3</translation>
    </message>
    <message>
        <location filename="../../../forms/scanner_page.ui" line="+59"/>
        <source>&amp;Open the port</source>
        <translation>Schnittstelle ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Click here and scan a barcode</source>
        <translation>Hier klicken und einen Barcode scannen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing read yet.</source>
        <translation>Noch nichts gelesen.</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+16"/>
        <source>Port</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Speed (baud)</source>
        <translation>Geschwindigkeit (Baud)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+10"/>
        <source>Test field</source>
        <translation>Testfeld</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard/wizard.py" line="+32"/>
        <location line="+25"/>
        <source>Choose or type the scanner&apos;s port.</source>
        <translation>Wählen oder tippen Sie die Schnittstelle des Scanners.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>“{0}” ({1} characters)</source>
        <translation>„{0}“ ({1} Zeichen)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../forms/settings_dialog.ui" line="+6"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Groups of settings</source>
        <translation>Gruppen von Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+32"/>
        <source>{0} (this desk)</source>
        <translation>{0} (diese Theke)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Show the pattern (for experts)</source>
        <translation>Das Muster zeigen (für Fachleute)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} Example: {1}</source>
        <translation>{0} Beispiel: {1}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>e.g. {0}</source>
        <translation>z. B. {0}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Some settings were not saved:
{0}</source>
        <translation>Einige Einstellungen wurden nicht gespeichert:
{0}</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard/wizard.py" line="+85"/>
        <source>Set up illdesk</source>
        <translation>illdesk einrichten</translation>
    </message>
</context>
<context>
    <name>SheetPositionDialog</name>
    <message>
        <location filename="../../ui/printing/sheet_position.py" line="+60"/>
        <source>Where on the sheet?</source>
        <translation>Wo auf dem Bogen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: label sheet {1}, {2} labels.</source>
        <translation>{0}: Etikettenbogen {1}, {2} Etiketten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label sheet {0}, {1} labels.</source>
        <translation>Etikettenbogen {0}, {1} Etiketten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grey labels are used already. Enter prints on the blue label; arrow keys or a click choose another.</source>
        <translation>Graue Etiketten sind schon verbraucht. Enter druckt auf das blaue Etikett; Pfeiltasten oder ein Klick wählen ein anderes.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Label {0}</source>
        <translation>Etikett {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print here</source>
        <translation>Hier drucken</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>print here</source>
        <translation>hier drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>used</source>
        <translation>verbraucht</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../ui/dialogs/ship_dialog.py" line="+38"/>
        <source>Ship {0}</source>
        <translation>{0} versenden</translation>
    </message>
    <message>
        <location filename="../../../forms/ship_dialog.ui" line="+19"/>
        <source>Carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>kg, e.g. 0.8</source>
        <translation>kg, z. B. 0,8</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Scan the tracking barcode, or Enter to ship</source>
        <translation>Sendungsnummer scannen, oder Enter zum Versenden</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Declared value</source>
        <translation>Angegebener Wert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contents (customs)</source>
        <translation>Inhalt (Zoll)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>HS tariff number</source>
        <translation>Zolltarifnummer (HS)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ship_dialog.py" line="+4"/>
        <source>To: {0}</source>
        <translation>An: {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Abroad: the customs form (CN22 up to 300 SDR, CN23 above) prints with the label.</source>
        <translation>Ins Ausland: Das Zollformular (CN22 bis 300 SZR, darüber CN23) wird mit dem Etikett gedruckt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domestic parcel: no customs form.</source>
        <translation>Inlandspaket: kein Zollformular.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ship and print label</source>
        <translation>Versenden und Etikett drucken</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help/__init__.py" line="-61"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Was sie bewirkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Read from the window as it is now. Station keys (F5–F12) work wherever the focus is on their tab.</source>
        <translation>So, wie das Fenster jetzt ist, ausgelesen. Stationstasten (F5–F12) wirken überall auf ihrem Reiter, wo der Fokus auch ist.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../../forms/sign_in_dialog.ui" line="+12"/>
        <source>Sign in at this desk</source>
        <translation>An dieser Theke anmelden</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+10"/>
        <location line="+3"/>
        <source>PIN or password</source>
        <translation>PIN oder Passwort</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+16"/>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Sign in so the history records who did what, and so you can do what your role allows.</source>
        <translation>Melden Sie sich an, damit der Verlauf festhält, wer was getan hat, und damit Sie tun können, was Ihre Rolle erlaubt.</translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_dialog.py" line="+37"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody has a PIN yet; an administrator sets one first.</source>
        <translation>Noch niemand hat eine PIN; zuerst legt ein Administrator eine fest.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/staff/staff_dialog.py" line="+21"/>
        <source>Staff and roles</source>
        <translation>Mitarbeiter und Rollen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff &amp;sign in with a PIN or password</source>
        <translation>Mitarbeiter melden sich mit PIN oder Passwort &amp;an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off: the name picker, and everyone at the desk may do everything. On: each person signs in and acts in their role. Only an administrator changes this.</source>
        <translation>Aus: die Namensauswahl, und jeder an der Theke darf alles. An: Jede Person meldet sich an und handelt in ihrer Rolle. Nur ein Administrator kann dies ändern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN set</source>
        <translation>PIN gesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked until</source>
        <translation>Gesperrt bis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give this &amp;role</source>
        <translation>Diese &amp;Rolle zuweisen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;PIN…</source>
        <translation>Neue &amp;PIN…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add staff member…</source>
        <translation>Mitarbeiter &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Signed in now: {0} ({1}).</source>
        <translation>Jetzt angemeldet: {0} ({1}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is signed in at this desk.</source>
        <translation>An dieser Theke ist niemand angemeldet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New PIN for {0}</source>
        <translation>Neue PIN für {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PIN or password</source>
        <translation>PIN oder Passwort</translation>
    </message>
</context>
<context>
    <name>TagWriter</name>
    <message>
        <location filename="../../ui/devices/tag_writer.py" line="+51"/>
        <source>Write an item tag</source>
        <translation>Ein Exemplaretikett beschreiben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item barcode, e.g. 30000012345678</source>
        <translation>Exemplar-Barcode, z. B. 30000012345678</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write tag</source>
        <translation>Etikett schreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item id</source>
        <translation>Exemplar-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts in item</source>
        <translation>Teile im Exemplar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This part</source>
        <translation>Dieser Teil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag of another library</source>
        <translation>Etikett einer anderen Bibliothek</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set this library&apos;s ISIL (e.g. DK-710100) in the settings before writing tags.</source>
        <translation>Tragen Sie vor dem Beschreiben von Etiketten das ISIL dieser Bibliothek (z. B. DK-710100) in den Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing...</source>
        <translation>Wird geschrieben...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}

Overwrite it with our item?</source>
        <translation>{0}

Mit unserem Exemplar überschreiben?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not written: the tag belongs to {0}.</source>
        <translation>Nicht geschrieben: Das Etikett gehört zu {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the tag failed: {0}</source>
        <translation>Das Etikett konnte nicht beschrieben werden: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag {0} written and checked: item {1}.</source>
        <translation>Etikett {0} geschrieben und geprüft: Exemplar {1}.</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../ui/reports/today_panel.py" line="+28"/>
        <source>Today&apos;s work</source>
        <translation>Heutige Aufgaben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Today:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Heute:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Count again</source>
        <translation>Neu zählen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} to pull</source>
        <translation>{0} auszuheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} to ship</source>
        <translation>{0} zu versenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} to receive</source>
        <translation>{0} zu empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} overdue</source>
        <translation>{0} überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} notices waiting</source>
        <translation>{0} Benachrichtigungen wartend</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Today&apos;s work could not be counted: {0}</source>
        <translation>Die heutigen Aufgaben konnten nicht gezählt werden: {0}</translation>
    </message>
</context>
<context>
    <name>UnfilledDialog</name>
    <message>
        <location filename="../../ui/dialogs/unfilled_dialog.py" line="+30"/>
        <source>Unfilled: {0}</source>
        <translation>Negativ: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why can {0} not be lent?</source>
        <translation>Warum kann {0} nicht verliehen werden?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Note (needed for “Other”)</source>
        <translation>Notiz (nötig bei „Sonstiges“)</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ui/help/__init__.py" line="-135"/>
        <source>illdesk user guide</source>
        <translation>illdesk-Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This link leads outside the guide ({0}); open it in a web browser.</source>
        <translation>Dieser Link führt aus dem Handbuch hinaus ({0}); öffnen Sie ihn in einem Webbrowser.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../../forms/welcome_page.ui" line="+6"/>
        <source>Welcome to illdesk</source>
        <translation>Willkommen bei illdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few questions about your library, so that labels, customs forms and e-mails carry your name and address. Everything can be changed later under Desk → Settings.</source>
        <translation>Ein paar Fragen zu Ihrer Bibliothek, damit Etiketten, Zollformulare und E-Mails Ihren Namen und Ihre Anschrift tragen. Alles lässt sich später unter Theke → Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Set up my library</source>
        <translation>Meine Bibliothek &amp;einrichten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Try illdesk with demo data instead (a made-up library, patrons and requests)</source>
        <translation>illdesk stattdessen mit &amp;Demodaten ausprobieren (eine erfundene Bibliothek, Benutzer und Bestellungen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database already holds requests but does not know which library it belongs to yet.</source>
        <translation>Diese Datenbank enthält schon Bestellungen, weiß aber noch nicht, zu welcher Bibliothek sie gehört.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/background.py" line="+193"/>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/note_dialog.py" line="+23"/>
        <source>Note on {0}</source>
        <translation>Notiz zu {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note for the history of {0}:</source>
        <translation>Notiz für den Verlauf von {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/staff/privacy_actions.py" line="+19"/>
        <source>Export this patron&apos;s data</source>
        <translation>Daten dieses Benutzers exportieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The data held about {0} ({1} requests) is in
{2}
and
{3}.</source>
        <translation>Die über {0} gespeicherten Daten ({1} Bestellungen) stehen in
{2}
und
{3}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erase this patron</source>
        <translation>Diesen Benutzer löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase {0} ({1})? The patron record goes, and their name, e-mail and notes are removed from every finished request. Statistics keep the category. This cannot be undone.</source>
        <translation>{0} ({1}) löschen? Der Benutzerdatensatz wird entfernt, und Name, E-Mail und Notizen werden aus allen abgeschlossenen Bestellungen gelöscht. Die Statistik behält die Benutzergruppe. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove old patron data</source>
        <translation>Alte Benutzerdaten entfernen</translation>
    </message>
</context>
<context>
    <name>self.parent</name>
    <message>
        <location filename="../../ui/print_dispatch.py" line="+94"/>
        <location line="+8"/>
        <location line="+19"/>
        <location line="+9"/>
        <location line="+7"/>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Label not printed</source>
        <translation>Etikett nicht gedruckt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No shipping label was printed for {0}; the shipment itself is recorded. The label is kept to print later:
{1}</source>
        <translation>Für {0} wurde kein Versandetikett gedruckt; der Versand selbst ist erfasst. Das Etikett wird zum späteren Druck aufbewahrt:
{1}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} for {1}</source>
        <translation>{0} für {1}</translation>
    </message>
</context>
<context>
    <name>self.parent_widget</name>
    <message>
        <location filename="../../ui/printing/batch.py" line="+111"/>
        <source>Preparing pull slips…</source>
        <translation>Bestellzettel werden vorbereitet…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pull slips</source>
        <translation>Bestellzettel</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+66"/>
        <source>Pull slips not printed</source>
        <translation>Bestellzettel nicht gedruckt</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>{0}
No request was marked printed; the slips are in the preview.</source>
        <translation>{0}
Keine Bestellung wurde als gedruckt markiert; die Zettel sind in der Vorschau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printed pull slip is waiting for its copy.</source>
        <translation>Kein gedruckter Bestellzettel wartet auf sein Exemplar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lending request is waiting for a pull slip.</source>
        <translation>Keine gebende Bestellung wartet auf einen Bestellzettel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• {0}: {1}</source>
        <translation>• {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No pull slip for these requests</source>
        <translation>Kein Bestellzettel für diese Bestellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lending policy does not let us lend these, so no slip was printed for them:
{0}

Answer them unfilled now?</source>
        <translation>Nach den Leihbedingungen dürfen wir diese nicht verleihen, daher wurde für sie kein Zettel gedruckt:
{0}

Jetzt negativ beantworten?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer unfilled…  [F12]</source>
        <translation>Negativ beantworten…  [F12]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Pull slips again (%n)</source>
        <translation>
            <numerusform>Bestellzettel erneut (%n)</numerusform>
            <numerusform>Bestellzettel erneut (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Pull slips (%n)</source>
        <translation>
            <numerusform>Bestellzettel (%n)</numerusform>
            <numerusform>Bestellzettel (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The pull slips could not be prepared: {0}</source>
        <translation>Die Bestellzettel konnten nicht vorbereitet werden: {0}</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/printing/printers_page.py" line="-106"/>
        <source>Pull slips</source>
        <translation>Bestellzettel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book bands</source>
        <translation>Buchbanderolen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping labels</source>
        <translation>Versandetiketten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs form CN22</source>
        <translation>Zollformular CN22</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs form CN23</source>
        <translation>Zollformular CN23</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_dialog.py" line="-184"/>
        <source>Desk</source>
        <translation>Theke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/interop/exports_menu.py" line="+25"/>
        <source>Borrowing requests</source>
        <translation>Nehmende Bestellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lending requests</source>
        <translation>Gebende Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our catalogue</source>
        <translation>Unser Katalog</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MARC 21 (*.mrc)</source>
        <translation>MARC 21 (*.mrc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MARCXML (*.xml)</source>
        <translation>MARCXML (*.xml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export {0}</source>
        <translation>{0} exportieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported {0} records to {1}.</source>
        <translation>{0} Datensätze nach {1} exportiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export not written</source>
        <translation>Export nicht geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
</context>
</TS>
