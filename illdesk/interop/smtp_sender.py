"""Sends notices by e-mail over SMTP (smtplib), telling failures in words."""

from __future__ import annotations

from dataclasses import dataclass

from illdesk.domain.mail import Attachment, DeliveryFailed
from illdesk.domain.settings import Settings


@dataclass(frozen=True)
class SmtpSender:
    host: str
    port: int
    sender: str
    starttls: bool = False
    username: str = ""
    password: str = ""
    timeout: float = 20.0

    @classmethod
    def from_settings(cls, settings: Settings) -> SmtpSender:
        return cls(
            host=settings.get_str("mail.host"),
            port=settings.get_int("mail.port"),
            sender=settings.get_str("mail.sender") or settings.get_str("library.email"),
            starttls=settings.get_bool("mail.starttls"),
            username=settings.get_str("mail.username"),
            password=settings.get_str("mail.password"),
            timeout=settings.get_int("mail.timeout_seconds"),
        )

    def send(
        self, to: str, subject: str, body: str, attachments: tuple[Attachment, ...] = ()
    ) -> None:
        # smtplib, ssl and email are imported with the first message sent, not at start
        import smtplib
        import socket
        import ssl
        from email.message import EmailMessage
        from email.utils import formatdate, make_msgid

        if not to.strip():
            raise DeliveryFailed("There is no e-mail address to send this notice to.")
        if not self.sender.strip():
            raise DeliveryFailed(
                "There is no From address: enter the library's ILL e-mail under Settings."
            )
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = to
        message["Subject"] = subject
        message["Date"] = formatdate(localtime=True)
        message["Message-ID"] = make_msgid(domain=self.sender.partition("@")[2] or None)
        message.set_content(body)
        for attachment in attachments:
            main, _, sub = attachment.mime_type.partition("/")
            message.add_attachment(
                attachment.content,
                maintype=main,
                subtype=sub or "octet-stream",
                filename=attachment.filename,
            )
        where = f"{self.host}:{self.port}"
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as server:
                if self.starttls:
                    server.starttls(context=ssl.create_default_context())
                if self.username:
                    server.login(self.username, self.password)
                refused = server.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            reasons = "; ".join(
                f"{addr}: {code} {text.decode(errors='replace')}"
                for addr, (code, text) in exc.recipients.items()
            )
            raise DeliveryFailed(f"The mail server refused the address ({reasons}).") from exc
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryFailed(f"The mail server at {where} did not accept the login.") from exc
        except smtplib.SMTPException as exc:
            raise DeliveryFailed(f"The mail server at {where} refused the message: {exc}") from exc
        except (TimeoutError, ConnectionError, socket.gaierror, OSError) as exc:
            raise DeliveryFailed(f"The mail server at {where} cannot be reached ({exc}).") from exc
        if refused:
            raise DeliveryFailed(f"The mail server refused {', '.join(refused)}.")


@dataclass(frozen=True)
class SettingsSmtpSender:
    """Sends with the mail settings as they are when a message goes out: a desk's own
    values (the password) are applied after start, and staff may change them meanwhile."""

    settings: Settings

    def send(
        self, to: str, subject: str, body: str, attachments: tuple[Attachment, ...] = ()
    ) -> None:
        SmtpSender.from_settings(self.settings).send(to, subject, body, attachments)
