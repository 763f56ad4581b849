"""Writes the user guide pages in illdesk/resources/help (the HTML that ships).

Edit the words here and run it: .venv/bin/python tools/help_pages.py
"""

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "illdesk" / "resources" / "help"

STYLE = """<style>
body { font-family: sans-serif; font-size: 11pt; }
h1 { font-size: 17pt; color: #1a365d; }
h2 { font-size: 13pt; color: #1a365d; margin-top: 14px; }
kbd { font-family: monospace; background: #edf2f7; border: 1px solid #a0aec0; padding: 1px 4px; }
td.key { font-family: monospace; font-weight: bold; padding-right: 14px; }
p.nav { color: #4a5568; }
p.note { background: #fefcbf; padding: 6px; }
</style>"""

PAGES = [
    ("index.html", "Contents"),
    ("first-run.html", "Setting up the desk"),
    ("borrowing-receive.html", "Borrowing: receive"),
    ("borrowing-check-out.html", "Borrowing: check out"),
    ("borrowing-check-in.html", "Borrowing: check in"),
    ("borrowing-return.html", "Borrowing: return to lender"),
    ("lending-pull-slips.html", "Lending: pull slips"),
    ("lending-pull.html", "Lending: pull"),
    ("lending-ship.html", "Lending: ship"),
    ("lending-returns.html", "Lending: returns"),
    ("lending-articles.html", "Lending: articles"),
    ("patrons.html", "Patrons"),
    ("partners.html", "Partners and lending policy"),
    ("keyboard.html", "The keyboard and the scanner"),
]


def page(name: str, title: str, body: str) -> None:
    names = [p[0] for p in PAGES]
    i = names.index(name)
    nav = ['<a href="index.html">Contents</a>']
    if i > 1:
        nav.append(f'<a href="{PAGES[i - 1][0]}">← {PAGES[i - 1][1]}</a>')
    if 0 < i < len(PAGES) - 1:
        nav.append(f'<a href="{PAGES[i + 1][0]}">{PAGES[i + 1][1]} →</a>')
    html = (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title} — illdesk</title>\n{STYLE}</head>\n<body>\n"
        f'<p class="nav">{" · ".join(nav)}</p>\n<h1>{title}</h1>\n{body.strip()}\n'
        f'<p class="nav">{" · ".join(nav)}</p>\n</body></html>\n'
    )
    (OUT / name).write_text(html, encoding="utf-8")


def keys(*rows: tuple[str, str]) -> str:
    cells = "".join(f'<tr><td class="key">{k}</td><td>{w}</td></tr>' for k, w in rows)
    return f"<h2>Keys</h2><table>{cells}</table>"


def shot(name: str, alt: str) -> str:
    return f'<p><img src="images/{name}.png" width="900" alt="{alt}"></p>'


SCAN = (
    "One scan, one step: at every station, scanning the item <i>is</i> the action. "
    "A scan goes where you are looking: into the field that has the focus when it takes a "
    "barcode or text, into the station's scan box otherwise, and never into a window behind "
    'an open dialog (see <a href="keyboard.html">The keyboard and the scanner</a>).'
)

contents = "".join(f'<li><a href="{n}">{t}</a></li>' for n, t in PAGES[1:])
page(
    "index.html",
    "illdesk user guide",
    f"""
<p>illdesk is the interlibrary-loan desk of a small library: <b>Borrowing</b> (our patrons
want something from elsewhere), <b>Lending</b> (another library wants something of ours) and
<b>Patrons</b>, each a tab of the window. {SCAN}</p>
<p>Each page below is one station or workflow, with its keys. <b>Help → Keyboard
shortcuts</b> lists every key of the window as it is now; <b>Help → About</b> shows where the
database, the data folder and the log file are.</p>
<h2>Pages</h2><ol>{contents}</ol>
<h2>The scanner stations</h2>
<table>
<tr><td class="key">Borrowing</td><td><kbd>F5</kbd> Receive · <kbd>F6</kbd> Check out to patron ·
<kbd>F7</kbd> Check in from patron · <kbd>F8</kbd> Return to lender</td></tr>
<tr><td class="key">Lending</td><td><kbd>F5</kbd> Pull · <kbd>F6</kbd> Ship · <kbd>F7</kbd> Return
received · <kbd>F9</kbd> Pull slips · <kbd>F11</kbd> Condition · <kbd>F12</kbd> Unfilled</td></tr>
</table>
""",
)

page(
    "first-run.html",
    "Setting up the desk",
    """
<p>The first time illdesk opens an empty database it asks who the library is, in a few pages:</p>
<ol>
<li><b>Welcome</b>: set up your library, or <i>try illdesk with demo data instead</i> (a
made-up library with patrons, partners and requests, for practice).</li>
<li><b>Your library</b>: the name as it prints on labels and letters; the symbol partners know
you by (your ISIL such as <kbd>DE-1</kbd>, or your OCLC symbol); the ILL e-mail address.
A symbol with spaces or other characters partners cannot use is refused, with the reason
under the field.</li>
<li><b>Postal address and currency</b>: choose the country first; the lines follow it
(a US address has a state and a ZIP code, a German one a postal code of five digits).</li>
<li><b>E-mail</b>: the outgoing mail (SMTP) server. <i>Send a test message</i> tells at once
whether notices will go out. The password stays on this desk only.</li>
<li><b>Printers</b>: which printer each document goes to, each with a <i>Test print</i>.</li>
<li><b>Barcode scanner</b>: a USB scanner that types needs nothing; a serial scanner needs its
port. Scan into the test field to see what the scanner sends.</li>
<li><b>ISO 18626 partners</b>: whether this desk receives requests from partner systems, and
the agency id they address you with.</li>
</ol>
<p>Nothing is stored until <b>Finish</b>. Closing the assistant stores nothing and closes
illdesk; it asks again next time. Everything can be changed later under
<b>Desk → Settings…</b>, <b>Desk → Printers and test prints…</b> and
<b>Desk → Scanners and RFID pads…</b>. The window title names your library.</p>
""",
)

page(
    "borrowing-receive.html",
    "Borrowing: receive",
    f"""
<p>A parcel arrives from the lending library. {SCAN}</p>
<ol>
<li>Borrowing tab, <kbd>F5</kbd> (Receive).</li>
<li>Scan the request number on the lender's paperwork, or the item's barcode.</li>
<li>The request becomes <i>received</i>; the book band for the patron prints, and the
patron is told the item waits for them (by e-mail, or a letter to print).</li>
</ol>
{shot("borrowing_receive", "The Borrowing tab at the Receive station")}
{keys(("F5", "Receive"), ("Ctrl+B", "New borrowing request"), ("Ctrl+F", "Find (search box)"))}
""",
)

page(
    "borrowing-check-out.html",
    "Borrowing: check out",
    f"""
<p>The patron comes to pick the item up.</p>
<ol>
<li>Borrowing tab, <kbd>F6</kbd> (Check out to patron).</li>
<li>Scan the item or its book band. The scan box then asks for the patron's card.</li>
<li>Scan the patron's card. A card that is not the request's patron is refused, with both
names, and nothing changes. Where the desk allows it (Settings → desk: check-out card
“optional”), <kbd>Enter</kbd> on the empty scan box hands the item over without the card.</li>
<li>The due date comes from the lender's due date, less the days the desk keeps as a buffer
(Settings → Borrowing).</li>
<li>With an RFID pad, the tag is unsecured as the item leaves.</li>
</ol>
{shot("borrowing_check_out", "The Borrowing tab at the Check out station")}
{keys(("F6", "Check out to patron"), ("Enter", "Without the card, where the desk allows it"))}
""",
)

page(
    "borrowing-check-in.html",
    "Borrowing: check in",
    f"""
<p>The patron brings the item back.</p>
<ol>
<li>Borrowing tab, <kbd>F7</kbd> (Check in from patron).</li>
<li>Scan the item. The request now waits to go back to its lender (see the next page).</li>
</ol>
{shot("borrowing_check_in", "The Borrowing tab at the Check in station")}
{keys(("F7", "Check in from patron"))}
""",
)

page(
    "borrowing-return.html",
    "Borrowing: return to lender",
    f"""
<p>The item goes back to the library that lent it.</p>
<ol>
<li>Borrowing tab, <kbd>F8</kbd> (Return to lender).</li>
<li>Scan the item. The return label prints; a parcel abroad also gets its customs form.</li>
<li>The lender is told (ISO 18626 partners at once).</li>
</ol>
{shot("borrowing_return_to_lender", "The Borrowing tab at the Return to lender station")}
{keys(("F8", "Return to lender"))}
""",
)

page(
    "lending-pull-slips.html",
    "Lending: pull slips",
    f"""
<p>Requests from other libraries arrive (ISO 18626, e-mail, or entered by hand). The
morning starts with pull slips.</p>
<ol>
<li>Lending tab, <kbd>F9</kbd> (Pull slips for waiting requests…).</li>
<li>The slips print in shelf order, each with a barcode to scan at the Pull station.</li>
</ol>
{shot("lending_pull", "The Lending tab with the pull slips button")}
{keys(("F9", "Pull slips for waiting requests"), ("Ctrl+L", "New lending request"))}
""",
)

page(
    "lending-pull.html",
    "Lending: pull",
    f"""
<p>With the slips, fetch the copies from the shelves.</p>
<ol>
<li>Lending tab, <kbd>F5</kbd> (Pull).</li>
<li>Scan the copy, or the pull slip and then the copy. A copy that may not be lent (a
shelf we never lend from, or a rule of the lending policy) is refused in words.</li>
<li>When a copy cannot go (missing, in use), <kbd>F12</kbd> answers <i>unfilled</i> with a
reason; the borrowing library is told.</li>
</ol>
{shot("lending_pull", "The Lending tab at the Pull station")}
{keys(("F5", "Pull"), ("F12", "Unfilled… (answer that the copy cannot go)"))}
""",
)

page(
    "lending-ship.html",
    "Lending: ship",
    f"""
<p>The packing station.</p>
<ol>
<li>Lending tab, <kbd>F6</kbd> (Ship).</li>
<li>Scan the pulled copy (or its pull slip).</li>
<li>Scan the tracking barcode of the parcel, or press <kbd>Enter</kbd> when there is none.</li>
<li>The shipping label prints; a parcel abroad also gets its CN22 or CN23 customs form
(over 300 SDR of declared value it is a CN23).</li>
</ol>
{shot("lending_ship", "The Lending tab at the Ship station")}
{keys(("F6", "Ship"), ("Enter", "Ship without a tracking number"))}
""",
)

page(
    "lending-returns.html",
    "Lending: returns",
    f"""
<p>Our copy comes back from the borrowing library.</p>
<ol>
<li>Lending tab, <kbd>F7</kbd> (Return received).</li>
<li>Scan the copy. The loan is complete; with an RFID pad the tag is secured again.</li>
<li>Damaged? <kbd>F11</kbd> notes the condition on the request.</li>
</ol>
{shot("lending_returns", "The Lending tab at the Return received station")}
{keys(("F7", "Return received"), ("F11", "Note the condition of the returned copy"))}
""",
)

page(
    "lending-articles.html",
    "Lending: articles",
    f"""
<p>Another library asks for a copy of an article or chapter.</p>
<ol>
<li>Find the request in the Lending tab (the search box, <kbd>Ctrl+F</kbd>) and select it.</li>
<li>Scan the article to PDF and drop the file on the request's detail pane.</li>
<li>Press <i>Send to … by e-mail</i>: the PDF goes to the borrowing library, the request is
<i>sent</i>.</li>
</ol>
{shot("lending_articles", "A lending article request with its history")}
{keys(("Ctrl+F", "Find"))}
""",
)

page(
    "patrons.html",
    "Patrons",
    f"""
<p>The Patrons tab lists the people who borrow through interlibrary loan.</p>
<ul>
<li>Type into the search box to find a patron; a scanned patron card lands in it.</li>
<li><kbd>Ctrl+P</kbd> adds a patron. A blocked patron (an unpaid charge) is shown with the
reason.</li>
<li>Open one of the patron's requests to go to it on the Borrowing tab.</li>
</ul>
{shot("patrons", "The Patrons tab")}
{keys(("Ctrl+P", "New patron"), ("Ctrl+F", "Find"))}
""",
)

page(
    "partners.html",
    "Partners and lending policy",
    f"""
<p><b>Desk → Partner libraries and lending policy…</b> keeps the libraries we borrow from
and lend to: name, symbol (ISIL or OCLC), address, e-mail, ISO 18626 address, the default
loan period, renewals, charges and how they pay.</p>
<ul>
<li>The symbol follows the same rule as ours: letters, digits and <kbd>- : . / _</kbd>.</li>
<li>The lending policy sets loan period, renewals, charge and conditions per material and
per partner; the Pull station applies it when a copy is scanned.</li>
</ul>
{shot("partners", "Partner libraries and lending policy")}
""",
)


def _keyboard_page() -> str:
    """The keyboard model, from the one key table (illdesk/ui/keymap.py)."""
    from illdesk.ui.keymap import WIDGET_KEYS, WINDOW_KEYS, Scope

    def rows(bindings) -> str:  # noqa: ANN001
        return "".join(
            f'<tr><td class="key">{k.sequence}</td><td>{k.text}'
            + (f" <i>({k.where})</i>" if k.where else "")
            + "</td></tr>"
            for k in bindings
        )

    window = [k for k in WINDOW_KEYS if k.scope is Scope.WINDOW]
    station = [k for k in WINDOW_KEYS if k.scope is Scope.STATION]
    return f"""
<p>Three kinds of keys, and no key does two things:</p>
<ul>
<li><b>Window keys</b> work wherever the focus is in the main window — the list, the search
box, the detail pane, the scan box — and never while a dialog is open in front of it.</li>
<li><b>Station keys</b> choose what the next scan does on the tab in front:
<kbd>F5</kbd>–<kbd>F8</kbd> are the modes of that tab's station in the order its buttons
show them; <kbd>F9</kbd>,
<kbd>F11</kbd> and <kbd>F12</kbd> belong to the lending desk. They too work wherever the focus
is; on a tab where a key means nothing, the status bar says where it works.</li>
<li><b>Widget keys</b> belong to one widget and act only while it has the focus.</li>
</ul>
<h2>Where a scan goes</h2>
<ul>
<li>Into the focused field when it takes text: a patron card field, a tracking number, the
search box, a file dialog's path. The whole barcode lands there, however fast it is typed.</li>
<li>Anywhere else (the list, a button, the detail pane): into the scan box of the station in
front, as the station's action.</li>
<li>A serial scanner's scan goes to the focused barcode field, else to the barcode field of
the dialog in front, else to the station. When a dialog without a barcode field is open, the
scan is not used (a beep and a line in the status bar) rather than acted on behind it.</li>
<li>The scan box is emptied by the next key after every scan, every mode change and every
dialog that closes, so a scan never adds to the last one. <kbd>Esc</kbd> takes you back to it.</li>
</ul>
<h2>Window keys</h2><table>{rows(window)}</table>
<h2>Station keys</h2><table>{rows(station)}</table>
<h2>Widget keys</h2><table>{rows(WIDGET_KEYS)}</table>
"""


page("keyboard.html", "The keyboard and the scanner", _keyboard_page())
