"""Settings of copy delivery, copyright and purchase on demand (declared once here)."""

from __future__ import annotations

from illdesk.domain.settings import SettingDef
from illdesk.domain.words import N_

DEFAULT_LOOKUPS = "\n".join(
    (
        "DOI resolver|https://doi.org/{doi}",
        "Unpaywall|https://unpaywall.org/{doi}",
        "Google Scholar|https://scholar.google.com/scholar?q={article_title}",
        "CORE|https://core.ac.uk/search?q={article_title}",
        "BASE|https://www.base-search.net/Search/Results?lookfor={article_title}",
        "PubMed Central|https://www.ncbi.nlm.nih.gov/pmc/?term={article_title}",
    )
)

SETTINGS: tuple[SettingDef, ...] = (
    SettingDef(
        "copies.max_pdf_mb",
        int,
        50,
        N_("Largest PDF (in MB) the desk accepts for a copy request."),
        label=N_("Largest PDF accepted (MB)"),
    ),
    SettingDef(
        "copies.email_attachment_max_mb",
        int,
        10,
        N_(
            "PDFs up to this size (MB) are e-mailed as attachments; larger ones are sent as a link."
        ),
        label=N_("Largest e-mail attachment (MB)"),
    ),
    SettingDef(
        "copies.link_folder",
        str,
        "",
        N_(
            "Folder where PDFs too large to e-mail are copied for the patron (e.g. a "
            "shared or web-served folder). Empty: large PDFs cannot be e-mailed."
        ),
        label=N_("Folder for download links"),
    ),
    SettingDef(
        "copies.link_base_url",
        str,
        "",
        N_(
            "Web address of that folder (e.g. https://library.example.org/ill/); empty: "
            "the patron is given the folder path."
        ),
        label=N_("Web address of that folder"),
        example="https://files.library.example.org/ill/",
    ),
    SettingDef(
        "copies.purge_days",
        int,
        30,
        N_("Days after delivery when a stored PDF is deleted (the purge is recorded)."),
        label=N_("Days a delivered PDF is kept"),
    ),
    SettingDef(
        "copies.open_access_lookups",
        str,
        DEFAULT_LOOKUPS,
        N_(
            "Open-access lookups, one a line as “Name|URL”; fields in braces are filled "
            "from the citation: {doi} {article_title} {title} {journal} {issn} {author} "
            "{year} {volume} {issue} {pages} {pmid}."
        ),
        label=N_("Look for open-access copies"),
    ),
    SettingDef(
        "copyright.limit",
        int,
        5,
        N_("Copies per journal title per calendar year before a royalty is needed (CONTU: 5)."),
        label=N_("Copies per journal before royalties (rule of five)"),
    ),
    SettingDef(
        "copyright.years",
        int,
        5,
        N_("Articles published within this many years before the request are counted (CONTU: 5)."),
        label=N_("Years of a journal the rule counts"),
    ),
    SettingDef(
        "copyright.currency",
        str,
        "USD",
        N_("Currency of royalties."),
        label=N_("Currency of royalties"),
        example="EUR",
    ),
    SettingDef(
        "purchase.suppliers",
        str,
        "GET IT NOW, Reprints Desk, Publisher site",
        N_("Suppliers the desk can order from, separated by commas (add your vendors)."),
        label=N_("Article suppliers"),
        example="GET IT NOW, Reprints Desk",
    ),
    SettingDef(
        "purchase.book_suppliers",
        str,
        "GOBI Library Solutions, ProQuest OASIS, Amazon Business, Publisher site",
        N_("Book suppliers the desk can buy a wanted loan from, separated by commas."),
        label=N_("Book suppliers"),
        example="GOBI Library Solutions, Amazon Business",
    ),
    SettingDef(
        "purchase.own_vendors",
        str,
        "",
        N_(
            "The library's own vendors (a local bookshop, a subscription agent), offered for "
            "books and articles alike, separated by commas."
        ),
        label=N_("Our own vendors"),
        example="Millbrook Books, Harrassowitz",
    ),
    SettingDef(
        "purchase.loan_max_age_years",
        int,
        3,
        N_("Suggest buying a book published within this many years."),
        label=N_("Suggest buying books at most this old (years)"),
    ),
    SettingDef(
        "purchase.loan_price_limit",
        float,
        60.0,
        N_("Suggest buying a book costing at most this much."),
        label=N_("Suggest buying books costing at most"),
    ),
    SettingDef(
        "purchase.loan_categories",
        str,
        "faculty, staff, student",
        N_("Patron categories for whom buying a book is suggested, separated by commas."),
        label=N_("Patron categories for purchase suggestions"),
        example="faculty, staff",
    ),
    SettingDef(
        "purchase.article_ill_cost",
        float,
        30.0,
        N_("Expected cost of an ILL copy; suggest buying an article below it."),
        label=N_("What borrowing an article costs us"),
    ),
    SettingDef(
        "purchase.article_min_days",
        int,
        3,
        N_("Suggest buying an article when it is needed sooner than this many days."),
        label=N_("Buy an article when borrowing takes longer than (days)"),
    ),
    SettingDef(
        "purchase.currency",
        str,
        "USD",
        N_("Currency of purchases and the budget."),
        label=N_("Currency of purchases and the budget"),
        example="EUR",
    ),
    SettingDef(
        "purchase.fiscal_year_start_month",
        int,
        7,
        N_("Month (1-12) in which the fiscal year starts."),
        label=N_("Month the fiscal year starts (1–12)"),
    ),
)
