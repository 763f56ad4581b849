"""Settings of the desk's rules (request limits, due-date buffer, recall period)."""

from __future__ import annotations

from illdesk.domain.library_settings import LIBRARY_SETTINGS
from illdesk.domain.settings import SettingDef
from illdesk.domain.words import N_
from illdesk.services.notice_templates import SETTINGS as NOTICE_TEMPLATES

SETTINGS: tuple[SettingDef, ...] = (
    *LIBRARY_SETTINGS,
    SettingDef(
        "desk.check_out_card",
        str,
        "required",
        N_(
            "Check-out asks for the patron's card after the item: “required” (the card must "
            "match the request's patron), “optional” (Enter on the empty scan box hands the "
            "item over without it) or “off” (the item scan alone checks it out)."
        ),
        "desk",
        ("required", "optional", "off"),
        label=N_("Patron's card at check-out"),
    ),
    # the desk's language (read at start by illdesk.ui.i18n; "system": the system locale)
    SettingDef(
        "desk.language",
        str,
        "system",
        N_(
            "The language and formats of this desk: “system” (the computer's language), "
            "“en” (English) or “de” (Deutsch). Takes effect when the desk is started again."
        ),
        "desk",
        ("system", "en", "de"),
        label=N_("Language"),
    ),
    SettingDef(
        "borrowing.request_limit",
        int,
        10,
        N_("Most active borrowing requests a patron may have (a patron's own limit wins)."),
        label=N_("Most active requests per patron"),
    ),
    SettingDef(
        "borrowing.due_buffer_days",
        int,
        3,
        N_("Days taken off the lender's due date so the item is back in time."),
        label=N_("Days taken off the lender's due date"),
    ),
    SettingDef(
        "borrowing.recall_days",
        int,
        7,
        N_("Days a patron has to bring back a recalled item."),
        label=N_("Days to bring back a recalled item"),
    ),
    SettingDef(
        "borrowing.default_loan_days",
        int,
        28,
        N_("Loan period when the lender gave no due date."),
        label=N_("Loan period when the lender gives none (days)"),
    ),
    SettingDef(
        "lending.default_loan_days",
        int,
        42,
        N_("Loan period for a partner without its own."),
        label=N_("Our loan period (days)"),
    ),
    SettingDef(
        "lending.do_not_lend_locations",
        str,
        "Reference, Special Collections",
        N_("Shelves (locations) we never lend from, separated by commas."),
        label=N_("Shelves we never lend from"),
        example="Reference, Special Collections",
    ),
    SettingDef(
        "lending.default_conditions",
        str,
        "",
        N_("Conditions attached to every loan we send (e.g. “Library use only”)."),
        label=N_("Conditions on every loan"),
        example="Library use only",
    ),
    SettingDef(
        "lending.renewals_by_policy",
        bool,
        True,
        N_(
            "Answer a borrower's ISO 18626 renewal request at once from the lending policy "
            "(granted while renewals are left, refused when none are); off: staff decide."
        ),
        label=N_("Answer renewal requests from the lending policy"),
    ),
    SettingDef(
        "lending.usual_parcel_kg",
        float,
        1.0,
        N_(
            "Weight the ship form starts with (kg), so a usual parcel ships with a scan of "
            "the tracking barcode; 0 makes staff weigh every parcel."
        ),
        "desk",
        label=N_("Usual parcel weight (kg)"),
    ),
    SettingDef(
        "lending.declared_value",
        float,
        50.0,
        N_("Value declared on customs forms for a lent book (it is coming back)."),
        label=N_("Value declared on customs forms"),
    ),
    SettingDef(
        "lending.declared_currency",
        str,
        "USD",
        N_("Currency of the declared value."),
        label=N_("Currency of the declared value"),
        example="EUR",
    ),
    SettingDef(
        "lending.customs_description",
        str,
        "Library book lent through interlibrary loan; to be returned",
        N_("Contents description on CN22/CN23 forms."),
        label=N_("Contents on customs forms"),
    ),
    SettingDef(
        "lending.hs_tariff_number",
        str,
        "490199",
        N_("HS tariff number for printed books on customs forms."),
        label=N_("Customs tariff number (HS) of books"),
        example="490199",
    ),
    SettingDef(
        "lending.ifla_full_voucher",
        float,
        8.0,
        N_("What a full IFLA voucher is worth to us, in EUR (IFLA's value: 8)."),
        label=N_("Value of a full IFLA voucher (EUR)"),
    ),
    SettingDef(
        "lending.ifla_half_voucher",
        float,
        4.0,
        N_("What a half IFLA voucher is worth to us, in EUR (IFLA's value: 4)."),
        label=N_("Value of a half IFLA voucher (EUR)"),
    ),
    SettingDef(
        "search.max_rows",
        int,
        500,
        N_("Most rows a search shows at once; refine the search to see others."),
        label=N_("Most rows a search shows"),
    ),
    SettingDef(
        "notices.overdue_days",
        str,
        "1,8,15",
        N_("Days past the due date at which overdue notices 1, 2, 3… go out."),
        label=N_("Overdue notices, days after the due date"),
        example="1,8,15",
    ),
    SettingDef(
        "notices.retry_minutes",
        int,
        5,
        N_(
            "First wait before a notice that could not be sent is tried again (doubles "
            "each time, at most six hours)."
        ),
        label=N_("Minutes before a failed notice is tried again"),
    ),
    SettingDef(
        "mail.host",
        str,
        "localhost",
        N_("Outgoing mail (SMTP) server."),
        label=N_("Mail server (SMTP)"),
        example="smtp.library.example.org",
    ),
    SettingDef(
        "mail.port",
        int,
        25,
        N_("Port of the mail server (587 with STARTTLS, 465 SSL)."),
        label=N_("Mail server port"),
    ),
    SettingDef(
        "mail.starttls",
        bool,
        False,
        N_("Use STARTTLS to the mail server."),
        label=N_("Encrypt with STARTTLS"),
    ),
    SettingDef(
        "mail.username",
        str,
        "",
        N_("Login for the mail server (empty: none)."),
        label=N_("Mail login"),
    ),
    SettingDef(
        "mail.password",
        str,
        "",
        N_(
            "Password for the mail server. Kept on this desk only (a file only this "
            "user can read), never in the shared database."
        ),
        "desk",
        label=N_("Mail password"),
    ),
    SettingDef(
        "mail.sender",
        str,
        "",
        N_("The From address of notices (empty: the library's ILL e-mail)."),
        label=N_("From address"),
        example="ill@library.example.org",
    ),
    SettingDef(
        "mail.timeout_seconds",
        int,
        20,
        N_("How long to wait for the mail server."),
        label=N_("Wait for the mail server (seconds)"),
    ),
    # timers (working days; 0 switches a timer off) and the library's closed days
    SettingDef(
        "timers.closed_weekdays",
        str,
        "sat, sun",
        N_(
            "Weekdays the library is closed, separated by commas (mon, tue, … sun); timers "
            "count only the days it is open."
        ),
        label=N_("Weekdays the library is closed"),
    ),
    SettingDef(
        "timers.closed_days",
        str,
        "",
        N_("Other days the library is closed (holidays), as dates separated by commas."),
        label=N_("Days the library is closed"),
        example="2026-12-24, 2026-12-25",
    ),
    SettingDef(
        "timers.lender_no_answer_days",
        int,
        5,
        N_(
            "Working days a lender has to answer before the next lender in the rota is asked "
            "(the old one is sent a Cancel over ISO 18626); 0: wait for staff."
        ),
        label=N_("Next lender when a lender has not answered in (working days)"),
    ),
    SettingDef(
        "timers.conditional_reminder_days",
        int,
        2,
        N_(
            "Working days a lender's conditions may wait before staff are reminded "
            "(queue “Conditions to decide”); 0: no reminder."
        ),
        label=N_("Remind staff of undecided conditions after (working days)"),
    ),
    SettingDef(
        "timers.conditional_decline_days",
        int,
        5,
        N_("Working days after which undecided conditions are declined (next lender); 0: never."),
        label=N_("Decline undecided conditions after (working days)"),
    ),
    SettingDef(
        "timers.not_pulled_days",
        int,
        3,
        N_(
            "Working days a lending loan may wait to be pulled before “unfilled, not on the "
            "shelf” is offered (queue “Not pulled”); 0: never."
        ),
        label=N_("Offer “unfilled, not on shelf” when not pulled in (working days)"),
    ),
    SettingDef(
        "timers.not_pulled_unfilled_automatically",
        bool,
        False,
        N_("Send the “unfilled, not on the shelf” answer by itself instead of offering it."),
        label=N_("Send “unfilled, not on shelf” automatically"),
    ),
    SettingDef(
        "timers.pickup_reminder_days",
        int,
        5,
        N_("Working days an item may wait for pickup before the patron is reminded; 0: never."),
        label=N_("Remind the patron to collect after (working days)"),
    ),
    SettingDef(
        "timers.pickup_return_days",
        int,
        10,
        N_("Working days an item may wait for pickup before it goes back to the lender; 0: never."),
        label=N_("Return uncollected items to the lender after (working days)"),
    ),
    SettingDef(
        "timers.not_received_days",
        int,
        10,
        N_(
            "Working days after the lender shipped before staff are asked to check "
            "(queue “Check: not received”); 0: never."
        ),
        label=N_("Ask staff to check a shipment not received after (working days)"),
    ),
    # rota templates and the balanced suggestion
    SettingDef(
        "rota.last_resort_lenders",
        str,
        "",
        N_(
            "Lenders asked only when every other lender has said no (their symbols, separated "
            "by commas); they go last in every template and suggestion."
        ),
        label=N_("Last-resort lenders"),
        example="US-OCLC, GB-UKBL",
    ),
    *NOTICE_TEMPLATES,
    # privacy and staff sign-in
    SettingDef(
        "privacy.retention_days",
        int,
        90,
        N_(
            "Days after a request finishes when its patron's name, e-mail, notes and the "
            "messages about it are removed; statistics keep the patron category, dates and "
            "states. Open requests are never touched."
        ),
        label=N_("Keep patron data after a request finishes (days)"),
    ),
    SettingDef(
        "privacy.tell_partners_patron",
        bool,
        False,
        N_(
            "Send the patron's name and card number with our ISO 18626 requests. Off: lenders "
            "get only what they need (the item, our library, the delivery address and the "
            "patron's category)."
        ),
        label=N_("Tell lenders who the patron is"),
    ),
    SettingDef(
        "staff.sign_in",
        bool,
        False,
        N_(
            "Staff sign in with a PIN or password and act in their role (desk, supervisor, "
            "administrator). Off: the name picker, and everyone may do everything. Only an "
            "administrator changes this."
        ),
        label=N_("Staff sign in with a PIN"),
    ),
)
