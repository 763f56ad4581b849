#!/usr/bin/env bash
# Starts the CUPS scheduler (if it is not running) and creates the PDF print queue
# "illdesk-pdf" backed by cups-pdf, for the printing tests.  Run as root; idempotent;
# needs no network.  Packages: cups, cups-bsd (or cups-client), printer-driver-cups-pdf.
#
# cups-pdf writes each job to the submitting user's ~/PDF (the "Out ${HOME}/PDF" line of
# /etc/cups/cups-pdf.conf on Debian), named "<title>-job_<id>.pdf"; jobs from unknown users
# go to /var/spool/cups-pdf/ANONYMOUS.  tests/printing/test_cups.py looks in both.
set -euo pipefail

QUEUE=illdesk-pdf
PPD=""
for candidate in /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd /usr/share/ppd/cups-pdf/CUPS-PDF.ppd \
                 /usr/share/cups/model/CUPS-PDF_opt.ppd /usr/share/cups/model/CUPS-PDF.ppd; do
    if [ -f "$candidate" ]; then PPD=$candidate; break; fi
done

missing=()
for tool in cupsd lpadmin lpstat lp; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ -x /usr/lib/cups/backend/cups-pdf ] || missing+=("cups-pdf backend")
[ -n "$PPD" ] || missing+=("cups-pdf PPD")
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup-cups: missing ${missing[*]}; install cups cups-bsd printer-driver-cups-pdf" >&2
    exit 1
fi

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    mkdir -p /run/cups
    cupsd          # forks into the background
    for _ in $(seq 1 50); do
        lpstat -r 2>/dev/null | grep -q "is running" && break
        sleep 0.2
    done
fi
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    echo "setup-cups: the CUPS scheduler did not start; see /var/log/cups/error_log" >&2
    exit 1
fi

if ! lpstat -v "$QUEUE" >/dev/null 2>&1; then
    # "Printer drivers are deprecated" is a warning only; the PPD queue works in CUPS 2.4.
    lpadmin -p "$QUEUE" -v cups-pdf:/ -P "$PPD" -E 2>&1 | grep -v "deprecated" || true
fi
cupsenable "$QUEUE" 2>/dev/null || true
cupsaccept "$QUEUE" 2>/dev/null || true

# A raw queue for ZPL labels, delivering to a test printer listening on 127.0.0.1:9109
# (tests/printing/test_zpl.py starts one for the length of one test).
RAW_QUEUE=illdesk-zpl
if ! lpstat -v "$RAW_QUEUE" >/dev/null 2>&1; then
    lpadmin -p "$RAW_QUEUE" -v socket://127.0.0.1:9109 -m raw -E 2>&1 | grep -v "deprecated" || true
fi
cupsenable "$RAW_QUEUE" 2>/dev/null || true
cupsaccept "$RAW_QUEUE" 2>/dev/null || true
lpstat -v "$QUEUE"
lpstat -v "$RAW_QUEUE"
