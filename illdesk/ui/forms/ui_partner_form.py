# Compiled from forms/partner_form.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partner_form.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

from illdesk.ui.field_form import FieldForm

class Ui_PartnerForm(object):
    def setupUi(self, PartnerForm: QWidget) -> None:
        if not PartnerForm.objectName():
            PartnerForm.setObjectName(u"PartnerForm")
        self.columns = QHBoxLayout(PartnerForm)
        self.columns.setObjectName(u"columns")
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.library_box = QGroupBox(PartnerForm)
        self.library_box.setObjectName(u"library_box")
        self.library_box_column = QVBoxLayout(self.library_box)
        self.library_box_column.setObjectName(u"library_box_column")
        self.who = FieldForm(self.library_box)
        self.who.setObjectName(u"who")
        self.who_rows = QFormLayout(self.who)
        self.who_rows.setObjectName(u"who_rows")
        self.label_name = QLabel(self.who)
        self.label_name.setObjectName(u"label_name")

        self.who_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_name)

        self.name = QLineEdit(self.who)
        self.name.setObjectName(u"name")

        self.who_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.label_symbol = QLabel(self.who)
        self.label_symbol.setObjectName(u"label_symbol")

        self.who_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_symbol)

        self.symbol = QLineEdit(self.who)
        self.symbol.setObjectName(u"symbol")
        self.symbol.setPlaceholderText(u"DE-1")

        self.who_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.symbol)

        self.label_street = QLabel(self.who)
        self.label_street.setObjectName(u"label_street")

        self.who_rows.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_street)

        self.street = QLineEdit(self.who)
        self.street.setObjectName(u"street")

        self.who_rows.setWidget(2, QFormLayout.ItemRole.FieldRole, self.street)

        self.label_postal_code = QLabel(self.who)
        self.label_postal_code.setObjectName(u"label_postal_code")

        self.who_rows.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_postal_code)

        self.postal_code = QLineEdit(self.who)
        self.postal_code.setObjectName(u"postal_code")

        self.who_rows.setWidget(3, QFormLayout.ItemRole.FieldRole, self.postal_code)

        self.label_city = QLabel(self.who)
        self.label_city.setObjectName(u"label_city")

        self.who_rows.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_city)

        self.city = QLineEdit(self.who)
        self.city.setObjectName(u"city")

        self.who_rows.setWidget(4, QFormLayout.ItemRole.FieldRole, self.city)

        self.label_region = QLabel(self.who)
        self.label_region.setObjectName(u"label_region")

        self.who_rows.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_region)

        self.region = QLineEdit(self.who)
        self.region.setObjectName(u"region")

        self.who_rows.setWidget(5, QFormLayout.ItemRole.FieldRole, self.region)

        self.label_country = QLabel(self.who)
        self.label_country.setObjectName(u"label_country")

        self.who_rows.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_country)

        self.country = QLineEdit(self.who)
        self.country.setObjectName(u"country")
        self.country.setPlaceholderText(u"US")

        self.who_rows.setWidget(6, QFormLayout.ItemRole.FieldRole, self.country)

        self.label_email = QLabel(self.who)
        self.label_email.setObjectName(u"label_email")

        self.who_rows.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_email)

        self.email = QLineEdit(self.who)
        self.email.setObjectName(u"email")
        self.email.setPlaceholderText(u"ill@example.org")

        self.who_rows.setWidget(7, QFormLayout.ItemRole.FieldRole, self.email)

        self.label_iso18626_endpoint = QLabel(self.who)
        self.label_iso18626_endpoint.setObjectName(u"label_iso18626_endpoint")

        self.who_rows.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_iso18626_endpoint)

        self.iso18626_endpoint = QLineEdit(self.who)
        self.iso18626_endpoint.setObjectName(u"iso18626_endpoint")
        self.iso18626_endpoint.setPlaceholderText(u"https://ill.example.org/iso18626")

        self.who_rows.setWidget(8, QFormLayout.ItemRole.FieldRole, self.iso18626_endpoint)

        self.label_catalogue_url = QLabel(self.who)
        self.label_catalogue_url.setObjectName(u"label_catalogue_url")

        self.who_rows.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_catalogue_url)

        self.catalogue_url = QLineEdit(self.who)
        self.catalogue_url.setObjectName(u"catalogue_url")
        self.catalogue_url.setPlaceholderText(u"https://opac.example.org/sru  \u00b7  z3950://opac.example.org:210")

        self.who_rows.setWidget(9, QFormLayout.ItemRole.FieldRole, self.catalogue_url)

        self.label_catalogue_database = QLabel(self.who)
        self.label_catalogue_database.setObjectName(u"label_catalogue_database")

        self.who_rows.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_catalogue_database)

        self.catalogue_database = QLineEdit(self.who)
        self.catalogue_database.setObjectName(u"catalogue_database")
        self.catalogue_database.setPlaceholderText(u"Default")

        self.who_rows.setWidget(10, QFormLayout.ItemRole.FieldRole, self.catalogue_database)


        self.library_box_column.addWidget(self.who)

        self.library_box_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.library_box_column.addItem(self.library_box_stretch)


        self.columns.addWidget(self.library_box)

        self.terms_box = QGroupBox(PartnerForm)
        self.terms_box.setObjectName(u"terms_box")
        self.terms_box_column = QVBoxLayout(self.terms_box)
        self.terms_box_column.setObjectName(u"terms_box_column")
        self.terms = FieldForm(self.terms_box)
        self.terms.setObjectName(u"terms")
        self.terms_rows = QFormLayout(self.terms)
        self.terms_rows.setObjectName(u"terms_rows")
        self.label_default_loan_days = QLabel(self.terms)
        self.label_default_loan_days.setObjectName(u"label_default_loan_days")

        self.terms_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_default_loan_days)

        self.default_loan_days = QSpinBox(self.terms)
        self.default_loan_days.setObjectName(u"default_loan_days")
        self.default_loan_days.setMinimum(1)

        self.terms_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.default_loan_days)

        self.label_renewals_allowed = QLabel(self.terms)
        self.label_renewals_allowed.setObjectName(u"label_renewals_allowed")

        self.terms_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_renewals_allowed)

        self.renewals_allowed = QSpinBox(self.terms)
        self.renewals_allowed.setObjectName(u"renewals_allowed")

        self.terms_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.renewals_allowed)

        self.label_charge = QLabel(self.terms)
        self.label_charge.setObjectName(u"label_charge")

        self.terms_rows.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_charge)

        self.charge = QLineEdit(self.terms)
        self.charge.setObjectName(u"charge")
        self.charge.setPlaceholderText(u"0.00")

        self.terms_rows.setWidget(2, QFormLayout.ItemRole.FieldRole, self.charge)

        self.label_currency = QLabel(self.terms)
        self.label_currency.setObjectName(u"label_currency")

        self.terms_rows.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_currency)

        self.currency = QLineEdit(self.terms)
        self.currency.setObjectName(u"currency")
        self.currency.setPlaceholderText(u"USD")

        self.terms_rows.setWidget(3, QFormLayout.ItemRole.FieldRole, self.currency)

        self.label_accepts_invoice = QLabel(self.terms)
        self.label_accepts_invoice.setObjectName(u"label_accepts_invoice")

        self.terms_rows.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_accepts_invoice)

        self.pays = QWidget(self.terms)
        self.pays.setObjectName(u"pays")
        self.pays.setProperty(u"field", u"accepts_invoice")
        self.pays_row = QHBoxLayout(self.pays)
        self.pays_row.setObjectName(u"pays_row")
        self.pays_row.setContentsMargins(0, 0, 0, 0)
        self.accepts_invoice = QCheckBox(self.pays)
        self.accepts_invoice.setObjectName(u"accepts_invoice")

        self.pays_row.addWidget(self.accepts_invoice)

        self.accepts_ifm = QCheckBox(self.pays)
        self.accepts_ifm.setObjectName(u"accepts_ifm")

        self.pays_row.addWidget(self.accepts_ifm)

        self.accepts_ifla_vouchers = QCheckBox(self.pays)
        self.accepts_ifla_vouchers.setObjectName(u"accepts_ifla_vouchers")

        self.pays_row.addWidget(self.accepts_ifla_vouchers)


        self.terms_rows.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pays)

        self.reciprocal = QCheckBox(self.terms)
        self.reciprocal.setObjectName(u"reciprocal")

        self.terms_rows.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reciprocal)

        self.label_default_carrier = QLabel(self.terms)
        self.label_default_carrier.setObjectName(u"label_default_carrier")

        self.terms_rows.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_default_carrier)

        self.default_carrier = QComboBox(self.terms)
        self.default_carrier.setObjectName(u"default_carrier")

        self.terms_rows.setWidget(6, QFormLayout.ItemRole.FieldRole, self.default_carrier)

        self.label_lending_conditions = QLabel(self.terms)
        self.label_lending_conditions.setObjectName(u"label_lending_conditions")

        self.terms_rows.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_lending_conditions)

        self.lending_conditions = QLineEdit(self.terms)
        self.lending_conditions.setObjectName(u"lending_conditions")

        self.terms_rows.setWidget(7, QFormLayout.ItemRole.FieldRole, self.lending_conditions)

        self.label_notes = QLabel(self.terms)
        self.label_notes.setObjectName(u"label_notes")

        self.terms_rows.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_notes)

        self.notes = QPlainTextEdit(self.terms)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 70))
        self.notes.setTabChangesFocus(True)

        self.terms_rows.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)


        self.terms_box_column.addWidget(self.terms)

        self.terms_box_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.terms_box_column.addItem(self.terms_box_stretch)


        self.columns.addWidget(self.terms_box)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)
#if QT_CONFIG(shortcut)
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
#endif // QT_CONFIG(shortcut)
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

    def retranslateUi(self, PartnerForm: QWidget) -> None:
        self.library_box.setTitle(QCoreApplication.translate("PartnerForm", u"Library", None))
        self.label_name.setText(QCoreApplication.translate("PartnerForm", u"Name", None))
        self.label_symbol.setText(QCoreApplication.translate("PartnerForm", u"Symbol or ISIL", None))
        self.label_street.setText(QCoreApplication.translate("PartnerForm", u"Street", None))
        self.label_postal_code.setText(QCoreApplication.translate("PartnerForm", u"Postal code", None))
        self.label_city.setText(QCoreApplication.translate("PartnerForm", u"City", None))
        self.label_region.setText(QCoreApplication.translate("PartnerForm", u"Region or state", None))
        self.label_country.setText(QCoreApplication.translate("PartnerForm", u"Country", None))
        self.label_email.setText(QCoreApplication.translate("PartnerForm", u"ILL e-mail", None))
        self.label_iso18626_endpoint.setText(QCoreApplication.translate("PartnerForm", u"ISO 18626 address", None))
        self.label_catalogue_url.setText(QCoreApplication.translate("PartnerForm", u"Catalogue (SRU or Z39.50)", None))
        self.label_catalogue_database.setText(QCoreApplication.translate("PartnerForm", u"Catalogue database", None))
        self.terms_box.setTitle(QCoreApplication.translate("PartnerForm", u"What we agreed when we lend to it", None))
        self.label_default_loan_days.setText(QCoreApplication.translate("PartnerForm", u"We lend for", None))
        self.default_loan_days.setSuffix(QCoreApplication.translate("PartnerForm", u" days", None))
        self.label_renewals_allowed.setText(QCoreApplication.translate("PartnerForm", u"Renewals", None))
        self.label_charge.setText(QCoreApplication.translate("PartnerForm", u"Charge per loan", None))
        self.label_currency.setText(QCoreApplication.translate("PartnerForm", u"Currency", None))
        self.label_accepts_invoice.setText(QCoreApplication.translate("PartnerForm", u"Pays by", None))
        self.accepts_invoice.setText(QCoreApplication.translate("PartnerForm", u"Invoice", None))
        self.accepts_ifm.setText(QCoreApplication.translate("PartnerForm", u"OCLC IFM", None))
        self.accepts_ifla_vouchers.setText(QCoreApplication.translate("PartnerForm", u"IFLA vouchers", None))
        self.reciprocal.setText(QCoreApplication.translate("PartnerForm", u"Reciprocal: no charges either way", None))
        self.label_default_carrier.setText(QCoreApplication.translate("PartnerForm", u"Usual carrier", None))
        self.label_lending_conditions.setText(QCoreApplication.translate("PartnerForm", u"Conditions", None))
        self.lending_conditions.setPlaceholderText(QCoreApplication.translate("PartnerForm", u"e.g. Signature required", None))
        self.label_notes.setText(QCoreApplication.translate("PartnerForm", u"Notes", None))
        pass
    # retranslateUi

