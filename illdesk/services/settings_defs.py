"""Settings of the desk's rules (request limits, due-date buffer, recall period)."""

from __future__ import annotations

from illdesk.domain.library_settings import LIBRARY_SETTINGS
from illdesk.domain.settings import SettingDef
from illdesk.services.notice_templates import SETTINGS as NOTICE_TEMPLATES

SETTINGS: tuple[SettingDef, ...] = (
    *LIBRARY_SETTINGS,
    SettingDef(
        "desk.check_out_card",
        str,
        "required",
        "Check-out asks for the patron's card after the item: “required” (the card must "
        "match the request's patron), “optional” (Enter on the empty scan box hands the "
        "item over without it) or “off” (the item scan alone checks it out).",
        "desk",
        ("required", "optional", "off"),
    ),
    # the desk's language (read at start by illdesk.ui.i18n; "system": the system locale)
    SettingDef(
        "desk.language",
        str,
        "system",
        "The language and formats of this desk: “system” (the computer's language), "
        "“en” (English) or “de” (Deutsch). Takes effect when the desk is started again.",
        "desk",
        ("system", "en", "de"),
        label="Language",
    ),
    SettingDef(
        "borrowing.request_limit",
        int,
        10,
        "Most active borrowing requests a patron may have (a patron's own limit wins).",
        label="Most active requests per patron",
    ),
    SettingDef(
        "borrowing.due_buffer_days",
        int,
        3,
        "Days taken off the lender's due date so the item is back in time.",
        label="Days taken off the lender's due date",
    ),
    SettingDef(
        "borrowing.recall_days",
        int,
        7,
        "Days a patron has to bring back a recalled item.",
        label="Days to bring back a recalled item",
    ),
    SettingDef(
        "borrowing.default_loan_days",
        int,
        28,
        "Loan period when the lender gave no due date.",
        label="Loan period when the lender gives none (days)",
    ),
    SettingDef(
        "lending.default_loan_days",
        int,
        42,
        "Loan period for a partner without its own.",
        label="Our loan period (days)",
    ),
    SettingDef(
        "lending.do_not_lend_locations",
        str,
        "Reference, Special Collections",
        "Shelves (locations) we never lend from, separated by commas.",
        label="Shelves we never lend from",
        example="Reference, Special Collections",
    ),
    SettingDef(
        "lending.default_conditions",
        str,
        "",
        "Conditions attached to every loan we send (e.g. “Library use only”).",
        label="Conditions on every loan",
        example="Library use only",
    ),
    SettingDef(
        "lending.renewals_by_policy",
        bool,
        True,
        "Answer a borrower's ISO 18626 renewal request at once from the lending policy "
        "(granted while renewals are left, refused when none are); off: staff decide.",
        label="Answer renewal requests from the lending policy",
    ),
    SettingDef(
        "lending.usual_parcel_kg",
        float,
        1.0,
        "Weight the ship form starts with (kg), so a usual parcel ships with a scan of "
        "the tracking barcode; 0 makes staff weigh every parcel.",
        "desk",
        label="Usual parcel weight (kg)",
    ),
    SettingDef(
        "lending.declared_value",
        float,
        50.0,
        "Value declared on customs forms for a lent book (it is coming back).",
        label="Value declared on customs forms",
    ),
    SettingDef(
        "lending.declared_currency",
        str,
        "USD",
        "Currency of the declared value.",
        label="Currency of the declared value",
        example="EUR",
    ),
    SettingDef(
        "lending.customs_description",
        str,
        "Library book lent through interlibrary loan; to be returned",
        "Contents description on CN22/CN23 forms.",
        label="Contents on customs forms",
    ),
    SettingDef(
        "lending.hs_tariff_number",
        str,
        "490199",
        "HS tariff number for printed books on customs forms.",
        label="Customs tariff number (HS) of books",
        example="490199",
    ),
    SettingDef(
        "lending.ifla_full_voucher",
        float,
        8.0,
        "What a full IFLA voucher is worth to us, in EUR (IFLA's value: 8).",
        label="Value of a full IFLA voucher (EUR)",
    ),
    SettingDef(
        "lending.ifla_half_voucher",
        float,
        4.0,
        "What a half IFLA voucher is worth to us, in EUR (IFLA's value: 4).",
        label="Value of a half IFLA voucher (EUR)",
    ),
    SettingDef(
        "search.max_rows",
        int,
        500,
        "Most rows a search shows at once; refine the search to see others.",
        label="Most rows a search shows",
    ),
    SettingDef(
        "notices.overdue_days",
        str,
        "1,8,15",
        "Days past the due date at which overdue notices 1, 2, 3… go out.",
        label="Overdue notices, days after the due date",
        example="1,8,15",
    ),
    SettingDef(
        "notices.retry_minutes",
        int,
        5,
        "First wait before a notice that could not be sent is tried again (doubles "
        "each time, at most six hours).",
        label="Minutes before a failed notice is tried again",
    ),
    SettingDef(
        "mail.host",
        str,
        "localhost",
        "Outgoing mail (SMTP) server.",
        label="Mail server (SMTP)",
        example="smtp.library.example.org",
    ),
    SettingDef(
        "mail.port",
        int,
        25,
        "Port of the mail server (587 with STARTTLS, 465 SSL).",
        label="Mail server port",
    ),
    SettingDef(
        "mail.starttls",
        bool,
        False,
        "Use STARTTLS to the mail server.",
        label="Encrypt with STARTTLS",
    ),
    SettingDef(
        "mail.username", str, "", "Login for the mail server (empty: none).", label="Mail login"
    ),
    SettingDef(
        "mail.password",
        str,
        "",
        "Password for the mail server. Kept on this desk only (a file only this "
        "user can read), never in the shared database.",
        "desk",
        label="Mail password",
    ),
    SettingDef(
        "mail.sender",
        str,
        "",
        "The From address of notices (empty: the library's ILL e-mail).",
        label="From address",
        example="ill@library.example.org",
    ),
    SettingDef(
        "mail.timeout_seconds",
        int,
        20,
        "How long to wait for the mail server.",
        label="Wait for the mail server (seconds)",
    ),
    # timers (working days; 0 switches a timer off) and the library's closed days
    SettingDef(
        "timers.closed_weekdays",
        str,
        "sat, sun",
        "Weekdays the library is closed, separated by commas (mon, tue, … sun); timers "
        "count only the days it is open.",
        label="Weekdays the library is closed",
    ),
    SettingDef(
        "timers.closed_days",
        str,
        "",
        "Other days the library is closed (holidays), as dates separated by commas.",
        label="Days the library is closed",
        example="2026-12-24, 2026-12-25",
    ),
    SettingDef(
        "timers.lender_no_answer_days",
        int,
        5,
        "Working days a lender has to answer before the next lender in the rota is asked "
        "(the old one is sent a Cancel over ISO 18626); 0: wait for staff.",
        label="Next lender when a lender has not answered in (working days)",
    ),
    SettingDef(
        "timers.conditional_reminder_days",
        int,
        2,
        "Working days a lender's conditions may wait before staff are reminded "
        "(queue “Conditions to decide”); 0: no reminder.",
        label="Remind staff of undecided conditions after (working days)",
    ),
    SettingDef(
        "timers.conditional_decline_days",
        int,
        5,
        "Working days after which undecided conditions are declined (next lender); 0: never.",
        label="Decline undecided conditions after (working days)",
    ),
    SettingDef(
        "timers.not_pulled_days",
        int,
        3,
        "Working days a lending loan may wait to be pulled before “unfilled, not on the "
        "shelf” is offered (queue “Not pulled”); 0: never.",
        label="Offer “unfilled, not on shelf” when not pulled in (working days)",
    ),
    SettingDef(
        "timers.not_pulled_unfilled_automatically",
        bool,
        False,
        "Send the “unfilled, not on the shelf” answer by itself instead of offering it.",
        label="Send “unfilled, not on shelf” automatically",
    ),
    SettingDef(
        "timers.pickup_reminder_days",
        int,
        5,
        "Working days an item may wait for pickup before the patron is reminded; 0: never.",
        label="Remind the patron to collect after (working days)",
    ),
    SettingDef(
        "timers.pickup_return_days",
        int,
        10,
        "Working days an item may wait for pickup before it goes back to the lender; 0: never.",
        label="Return uncollected items to the lender after (working days)",
    ),
    SettingDef(
        "timers.not_received_days",
        int,
        10,
        "Working days after the lender shipped before staff are asked to check "
        "(queue “Check: not received”); 0: never.",
        label="Ask staff to check a shipment not received after (working days)",
    ),
    # rota templates and the balanced suggestion
    SettingDef(
        "rota.last_resort_lenders",
        str,
        "",
        "Lenders asked only when every other lender has said no (their symbols, separated "
        "by commas); they go last in every template and suggestion.",
        label="Last-resort lenders",
        example="US-OCLC, GB-UKBL",
    ),
    *NOTICE_TEMPLATES,
    # privacy and staff sign-in
    SettingDef(
        "privacy.retention_days",
        int,
        90,
        "Days after a request finishes when its patron's name, e-mail, notes and the "
        "messages about it are removed; statistics keep the patron category, dates and "
        "states. Open requests are never touched.",
        label="Keep patron data after a request finishes (days)",
    ),
    SettingDef(
        "privacy.tell_partners_patron",
        bool,
        False,
        "Send the patron's name and card number with our ISO 18626 requests. Off: lenders "
        "get only what they need (the item, our library, the delivery address and the "
        "patron's category).",
        label="Tell lenders who the patron is",
    ),
    SettingDef(
        "staff.sign_in",
        bool,
        False,
        "Staff sign in with a PIN or password and act in their role (desk, supervisor, "
        "administrator). Off: the name picker, and everyone may do everything. Only an "
        "administrator changes this.",
        label="Staff sign in with a PIN",
    ),
)
