# Compiled from forms/partner_form.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partner_form.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QMetaObject,
    QObject,
    QPoint,
    QRect,
    QSize,
    QTime,
    QUrl,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QConicalGradient,
    QCursor,
    QFont,
    QFontDatabase,
    QGradient,
    QIcon,
    QImage,
    QKeySequence,
    QLinearGradient,
    QPainter,
    QPalette,
    QPixmap,
    QRadialGradient,
    QTransform,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from illdesk.ui.field_form import FieldForm


class Ui_PartnerForm(object):
    def setupUi(self, PartnerForm):
        if not PartnerForm.objectName():
            PartnerForm.setObjectName("PartnerForm")
        self.columns = QHBoxLayout(PartnerForm)
        self.columns.setObjectName("columns")
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.library_box = QGroupBox(PartnerForm)
        self.library_box.setObjectName("library_box")
        self.library_box_column = QVBoxLayout(self.library_box)
        self.library_box_column.setObjectName("library_box_column")
        self.who = FieldForm(self.library_box)
        self.who.setObjectName("who")
        self.who_rows = QFormLayout(self.who)
        self.who_rows.setObjectName("who_rows")
        self.label_name = QLabel(self.who)
        self.label_name.setObjectName("label_name")

        self.who_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_name)

        self.name = QLineEdit(self.who)
        self.name.setObjectName("name")

        self.who_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.label_symbol = QLabel(self.who)
        self.label_symbol.setObjectName("label_symbol")

        self.who_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_symbol)

        self.symbol = QLineEdit(self.who)
        self.symbol.setObjectName("symbol")
        self.symbol.setPlaceholderText("DE-1")

        self.who_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.symbol)

        self.label_street = QLabel(self.who)
        self.label_street.setObjectName("label_street")

        self.who_rows.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_street)

        self.street = QLineEdit(self.who)
        self.street.setObjectName("street")

        self.who_rows.setWidget(2, QFormLayout.ItemRole.FieldRole, self.street)

        self.label_postal_code = QLabel(self.who)
        self.label_postal_code.setObjectName("label_postal_code")

        self.who_rows.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_postal_code)

        self.postal_code = QLineEdit(self.who)
        self.postal_code.setObjectName("postal_code")

        self.who_rows.setWidget(3, QFormLayout.ItemRole.FieldRole, self.postal_code)

        self.label_city = QLabel(self.who)
        self.label_city.setObjectName("label_city")

        self.who_rows.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_city)

        self.city = QLineEdit(self.who)
        self.city.setObjectName("city")

        self.who_rows.setWidget(4, QFormLayout.ItemRole.FieldRole, self.city)

        self.label_region = QLabel(self.who)
        self.label_region.setObjectName("label_region")

        self.who_rows.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_region)

        self.region = QLineEdit(self.who)
        self.region.setObjectName("region")

        self.who_rows.setWidget(5, QFormLayout.ItemRole.FieldRole, self.region)

        self.label_country = QLabel(self.who)
        self.label_country.setObjectName("label_country")

        self.who_rows.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_country)

        self.country = QLineEdit(self.who)
        self.country.setObjectName("country")
        self.country.setPlaceholderText("US")

        self.who_rows.setWidget(6, QFormLayout.ItemRole.FieldRole, self.country)

        self.label_email = QLabel(self.who)
        self.label_email.setObjectName("label_email")

        self.who_rows.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_email)

        self.email = QLineEdit(self.who)
        self.email.setObjectName("email")
        self.email.setPlaceholderText("ill@example.org")

        self.who_rows.setWidget(7, QFormLayout.ItemRole.FieldRole, self.email)

        self.label_iso18626_endpoint = QLabel(self.who)
        self.label_iso18626_endpoint.setObjectName("label_iso18626_endpoint")

        self.who_rows.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_iso18626_endpoint)

        self.iso18626_endpoint = QLineEdit(self.who)
        self.iso18626_endpoint.setObjectName("iso18626_endpoint")
        self.iso18626_endpoint.setPlaceholderText("https://ill.example.org/iso18626")

        self.who_rows.setWidget(8, QFormLayout.ItemRole.FieldRole, self.iso18626_endpoint)

        self.label_catalogue_url = QLabel(self.who)
        self.label_catalogue_url.setObjectName("label_catalogue_url")

        self.who_rows.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_catalogue_url)

        self.catalogue_url = QLineEdit(self.who)
        self.catalogue_url.setObjectName("catalogue_url")
        self.catalogue_url.setPlaceholderText(
            "https://opac.example.org/sru  \u00b7  z3950://opac.example.org:210"
        )

        self.who_rows.setWidget(9, QFormLayout.ItemRole.FieldRole, self.catalogue_url)

        self.label_catalogue_database = QLabel(self.who)
        self.label_catalogue_database.setObjectName("label_catalogue_database")

        self.who_rows.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_catalogue_database)

        self.catalogue_database = QLineEdit(self.who)
        self.catalogue_database.setObjectName("catalogue_database")
        self.catalogue_database.setPlaceholderText("Default")

        self.who_rows.setWidget(10, QFormLayout.ItemRole.FieldRole, self.catalogue_database)

        self.library_box_column.addWidget(self.who)

        self.library_box_stretch = QSpacerItem(
            0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding
        )

        self.library_box_column.addItem(self.library_box_stretch)

        self.columns.addWidget(self.library_box)

        self.terms_box = QGroupBox(PartnerForm)
        self.terms_box.setObjectName("terms_box")
        self.terms_box_column = QVBoxLayout(self.terms_box)
        self.terms_box_column.setObjectName("terms_box_column")
        self.terms = FieldForm(self.terms_box)
        self.terms.setObjectName("terms")
        self.terms_rows = QFormLayout(self.terms)
        self.terms_rows.setObjectName("terms_rows")
        self.label_default_loan_days = QLabel(self.terms)
        self.label_default_loan_days.setObjectName("label_default_loan_days")

        self.terms_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_default_loan_days)

        self.default_loan_days = QSpinBox(self.terms)
        self.default_loan_days.setObjectName("default_loan_days")
        self.default_loan_days.setMinimum(1)

        self.terms_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.default_loan_days)

        self.label_renewals_allowed = QLabel(self.terms)
        self.label_renewals_allowed.setObjectName("label_renewals_allowed")

        self.terms_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_renewals_allowed)

        self.renewals_allowed = QSpinBox(self.terms)
        self.renewals_allowed.setObjectName("renewals_allowed")

        self.terms_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.renewals_allowed)

        self.label_charge = QLabel(self.terms)
        self.label_charge.setObjectName("label_charge")

        self.terms_rows.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_charge)

        self.charge = QLineEdit(self.terms)
        self.charge.setObjectName("charge")
        self.charge.setPlaceholderText("0.00")

        self.terms_rows.setWidget(2, QFormLayout.ItemRole.FieldRole, self.charge)

        self.label_currency = QLabel(self.terms)
        self.label_currency.setObjectName("label_currency")

        self.terms_rows.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_currency)

        self.currency = QLineEdit(self.terms)
        self.currency.setObjectName("currency")
        self.currency.setPlaceholderText("USD")

        self.terms_rows.setWidget(3, QFormLayout.ItemRole.FieldRole, self.currency)

        self.label_accepts_invoice = QLabel(self.terms)
        self.label_accepts_invoice.setObjectName("label_accepts_invoice")

        self.terms_rows.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_accepts_invoice)

        self.pays = QWidget(self.terms)
        self.pays.setObjectName("pays")
        self.pays.setProperty("field", "accepts_invoice")
        self.pays_row = QHBoxLayout(self.pays)
        self.pays_row.setObjectName("pays_row")
        self.pays_row.setContentsMargins(0, 0, 0, 0)
        self.accepts_invoice = QCheckBox(self.pays)
        self.accepts_invoice.setObjectName("accepts_invoice")

        self.pays_row.addWidget(self.accepts_invoice)

        self.accepts_ifm = QCheckBox(self.pays)
        self.accepts_ifm.setObjectName("accepts_ifm")

        self.pays_row.addWidget(self.accepts_ifm)

        self.accepts_ifla_vouchers = QCheckBox(self.pays)
        self.accepts_ifla_vouchers.setObjectName("accepts_ifla_vouchers")

        self.pays_row.addWidget(self.accepts_ifla_vouchers)

        self.terms_rows.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pays)

        self.reciprocal = QCheckBox(self.terms)
        self.reciprocal.setObjectName("reciprocal")

        self.terms_rows.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reciprocal)

        self.label_default_carrier = QLabel(self.terms)
        self.label_default_carrier.setObjectName("label_default_carrier")

        self.terms_rows.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_default_carrier)

        self.default_carrier = QComboBox(self.terms)
        self.default_carrier.setObjectName("default_carrier")

        self.terms_rows.setWidget(6, QFormLayout.ItemRole.FieldRole, self.default_carrier)

        self.label_lending_conditions = QLabel(self.terms)
        self.label_lending_conditions.setObjectName("label_lending_conditions")

        self.terms_rows.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_lending_conditions)

        self.lending_conditions = QLineEdit(self.terms)
        self.lending_conditions.setObjectName("lending_conditions")

        self.terms_rows.setWidget(7, QFormLayout.ItemRole.FieldRole, self.lending_conditions)

        self.label_notes = QLabel(self.terms)
        self.label_notes.setObjectName("label_notes")

        self.terms_rows.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_notes)

        self.notes = QPlainTextEdit(self.terms)
        self.notes.setObjectName("notes")
        self.notes.setMaximumSize(QSize(16777215, 70))
        self.notes.setTabChangesFocus(True)

        self.terms_rows.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)

        self.terms_box_column.addWidget(self.terms)

        self.terms_box_stretch = QSpacerItem(
            0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding
        )

        self.terms_box_column.addItem(self.terms_box_stretch)

        self.columns.addWidget(self.terms_box)

        # if QT_CONFIG(shortcut)
        self.label_name.setBuddy(self.name)
        self.label_symbol.setBuddy(self.symbol)
        self.label_street.setBuddy(self.street)
        self.label_postal_code.setBuddy(self.postal_code)
        self.label_city.setBuddy(self.city)
        self.label_region.setBuddy(self.region)
        self.label_country.setBuddy(self.country)
        self.label_email.setBuddy(self.email)
        self.label_iso18626_endpoint.setBuddy(self.iso18626_endpoint)
        self.label_catalogue_url.setBuddy(self.catalogue_url)
        self.label_catalogue_database.setBuddy(self.catalogue_database)
        self.label_default_loan_days.setBuddy(self.default_loan_days)
        self.label_renewals_allowed.setBuddy(self.renewals_allowed)
        self.label_charge.setBuddy(self.charge)
        self.label_currency.setBuddy(self.currency)
        self.label_accepts_invoice.setBuddy(self.accepts_invoice)
        self.label_default_carrier.setBuddy(self.default_carrier)
        self.label_lending_conditions.setBuddy(self.lending_conditions)
        self.label_notes.setBuddy(self.notes)
        # endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.symbol)
        QWidget.setTabOrder(self.symbol, self.street)
        QWidget.setTabOrder(self.street, self.postal_code)
        QWidget.setTabOrder(self.postal_code, self.city)
        QWidget.setTabOrder(self.city, self.region)
        QWidget.setTabOrder(self.region, self.country)
        QWidget.setTabOrder(self.country, self.email)
        QWidget.setTabOrder(self.email, self.iso18626_endpoint)
        QWidget.setTabOrder(self.iso18626_endpoint, self.catalogue_url)
        QWidget.setTabOrder(self.catalogue_url, self.catalogue_database)
        QWidget.setTabOrder(self.catalogue_database, self.default_loan_days)
        QWidget.setTabOrder(self.default_loan_days, self.renewals_allowed)
        QWidget.setTabOrder(self.renewals_allowed, self.charge)
        QWidget.setTabOrder(self.charge, self.currency)
        QWidget.setTabOrder(self.currency, self.accepts_invoice)
        QWidget.setTabOrder(self.accepts_invoice, self.accepts_ifm)
        QWidget.setTabOrder(self.accepts_ifm, self.accepts_ifla_vouchers)
        QWidget.setTabOrder(self.accepts_ifla_vouchers, self.reciprocal)
        QWidget.setTabOrder(self.reciprocal, self.default_carrier)
        QWidget.setTabOrder(self.default_carrier, self.lending_conditions)
        QWidget.setTabOrder(self.lending_conditions, self.notes)

        self.retranslateUi(PartnerForm)

        QMetaObject.connectSlotsByName(PartnerForm)

    # setupUi

    def retranslateUi(self, PartnerForm):
        self.library_box.setTitle(QCoreApplication.translate("PartnerForm", "Library", None))
        self.label_name.setText(QCoreApplication.translate("PartnerForm", "Name", None))
        self.label_symbol.setText(QCoreApplication.translate("PartnerForm", "Symbol or ISIL", None))
        self.label_street.setText(QCoreApplication.translate("PartnerForm", "Street", None))
        self.label_postal_code.setText(
            QCoreApplication.translate("PartnerForm", "Postal code", None)
        )
        self.label_city.setText(QCoreApplication.translate("PartnerForm", "City", None))
        self.label_region.setText(
            QCoreApplication.translate("PartnerForm", "Region or state", None)
        )
        self.label_country.setText(QCoreApplication.translate("PartnerForm", "Country", None))
        self.label_email.setText(QCoreApplication.translate("PartnerForm", "ILL e-mail", None))
        self.label_iso18626_endpoint.setText(
            QCoreApplication.translate("PartnerForm", "ISO 18626 address", None)
        )
        self.label_catalogue_url.setText(
            QCoreApplication.translate("PartnerForm", "Catalogue (SRU or Z39.50)", None)
        )
        self.label_catalogue_database.setText(
            QCoreApplication.translate("PartnerForm", "Catalogue database", None)
        )
        self.terms_box.setTitle(
            QCoreApplication.translate("PartnerForm", "What we agreed when we lend to it", None)
        )
        self.label_default_loan_days.setText(
            QCoreApplication.translate("PartnerForm", "We lend for", None)
        )
        self.default_loan_days.setSuffix(QCoreApplication.translate("PartnerForm", " days", None))
        self.label_renewals_allowed.setText(
            QCoreApplication.translate("PartnerForm", "Renewals", None)
        )
        self.label_charge.setText(
            QCoreApplication.translate("PartnerForm", "Charge per loan", None)
        )
        self.label_currency.setText(QCoreApplication.translate("PartnerForm", "Currency", None))
        self.label_accepts_invoice.setText(
            QCoreApplication.translate("PartnerForm", "Pays by", None)
        )
        self.accepts_invoice.setText(QCoreApplication.translate("PartnerForm", "Invoice", None))
        self.accepts_ifm.setText(QCoreApplication.translate("PartnerForm", "OCLC IFM", None))
        self.accepts_ifla_vouchers.setText(
            QCoreApplication.translate("PartnerForm", "IFLA vouchers", None)
        )
        self.reciprocal.setText(
            QCoreApplication.translate("PartnerForm", "Reciprocal: no charges either way", None)
        )
        self.label_default_carrier.setText(
            QCoreApplication.translate("PartnerForm", "Usual carrier", None)
        )
        self.label_lending_conditions.setText(
            QCoreApplication.translate("PartnerForm", "Conditions", None)
        )
        self.lending_conditions.setPlaceholderText(
            QCoreApplication.translate("PartnerForm", "e.g. Signature required", None)
        )
        self.label_notes.setText(QCoreApplication.translate("PartnerForm", "Notes", None))
        pass

    # retranslateUi
