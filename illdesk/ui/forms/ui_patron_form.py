# Compiled from forms/patron_form.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'patron_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpinBox, QWidget)

from illdesk.ui.devices.scan_box import ScanBox

class Ui_PatronForm(object):
    def setupUi(self, PatronForm: QWidget) -> None:
        if not PatronForm.objectName():
            PatronForm.setObjectName(u"PatronForm")
        self.patron_rows = QFormLayout(PatronForm)
        self.patron_rows.setObjectName(u"patron_rows")
        self.label_barcode = QLabel(PatronForm)
        self.label_barcode.setObjectName(u"label_barcode")

        self.patron_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_barcode)

        self.barcode = ScanBox(PatronForm)
        self.barcode.setObjectName(u"barcode")
        self.barcode.setProperty(u"advance", True)

        self.patron_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.barcode)

        self.label_name = QLabel(PatronForm)
        self.label_name.setObjectName(u"label_name")

        self.patron_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_name)

        self.name = QLineEdit(PatronForm)
        self.name.setObjectName(u"name")

        self.patron_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.label_email = QLabel(PatronForm)
        self.label_email.setObjectName(u"label_email")

        self.patron_rows.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_email)

        self.email = QLineEdit(PatronForm)
        self.email.setObjectName(u"email")

        self.patron_rows.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email)

        self.label_phone = QLabel(PatronForm)
        self.label_phone.setObjectName(u"label_phone")

        self.patron_rows.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_phone)

        self.phone = QLineEdit(PatronForm)
        self.phone.setObjectName(u"phone")

        self.patron_rows.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone)

        self.label_category = QLabel(PatronForm)
        self.label_category.setObjectName(u"label_category")

        self.patron_rows.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_category)

        self.category = QComboBox(PatronForm)
        self.category.setObjectName(u"category")

        self.patron_rows.setWidget(4, QFormLayout.ItemRole.FieldRole, self.category)

        self.label_expires_on = QLabel(PatronForm)
        self.label_expires_on.setObjectName(u"label_expires_on")

        self.patron_rows.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_expires_on)

        self.expires_on = QDateEdit(PatronForm)
        self.expires_on.setObjectName(u"expires_on")
        self.expires_on.setDisplayFormat(u"yyyy-MM-dd")
        self.expires_on.setMinimumDate(QDate(2000, 1, 1))
        self.expires_on.setDate(QDate(2000, 1, 1))
        self.expires_on.setCalendarPopup(True)

        self.patron_rows.setWidget(5, QFormLayout.ItemRole.FieldRole, self.expires_on)

        self.label_blocked_reason = QLabel(PatronForm)
        self.label_blocked_reason.setObjectName(u"label_blocked_reason")

        self.patron_rows.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_blocked_reason)

        self.blocked_reason = QLineEdit(PatronForm)
        self.blocked_reason.setObjectName(u"blocked_reason")

        self.patron_rows.setWidget(6, QFormLayout.ItemRole.FieldRole, self.blocked_reason)

        self.label_request_limit = QLabel(PatronForm)
        self.label_request_limit.setObjectName(u"label_request_limit")

        self.patron_rows.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_request_limit)

        self.request_limit = QSpinBox(PatronForm)
        self.request_limit.setObjectName(u"request_limit")
        self.request_limit.setMinimum(-1)
        self.request_limit.setMaximum(999)
        self.request_limit.setValue(-1)

        self.patron_rows.setWidget(7, QFormLayout.ItemRole.FieldRole, self.request_limit)

        self.label_pickup_location = QLabel(PatronForm)
        self.label_pickup_location.setObjectName(u"label_pickup_location")

        self.patron_rows.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_pickup_location)

        self.pickup_location = QLineEdit(PatronForm)
        self.pickup_location.setObjectName(u"pickup_location")

        self.patron_rows.setWidget(8, QFormLayout.ItemRole.FieldRole, self.pickup_location)

        self.label_notice_channel = QLabel(PatronForm)
        self.label_notice_channel.setObjectName(u"label_notice_channel")

        self.patron_rows.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_notice_channel)

        self.notice_channel = QComboBox(PatronForm)
        self.notice_channel.setObjectName(u"notice_channel")

        self.patron_rows.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notice_channel)

        self.label_notes = QLabel(PatronForm)
        self.label_notes.setObjectName(u"label_notes")

        self.patron_rows.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_notes)

        self.notes = QPlainTextEdit(PatronForm)
        self.notes.setObjectName(u"notes")
        self.notes.setMinimumSize(QSize(0, 60))
        self.notes.setTabChangesFocus(True)

        self.patron_rows.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notes)

#if QT_CONFIG(shortcut)
        self.label_barcode.setBuddy(self.barcode)
        self.label_name.setBuddy(self.name)
        self.label_email.setBuddy(self.email)
        self.label_phone.setBuddy(self.phone)
        self.label_category.setBuddy(self.category)
        self.label_expires_on.setBuddy(self.expires_on)
        self.label_blocked_reason.setBuddy(self.blocked_reason)
        self.label_request_limit.setBuddy(self.request_limit)
        self.label_pickup_location.setBuddy(self.pickup_location)
        self.label_notice_channel.setBuddy(self.notice_channel)
        self.label_notes.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.barcode, self.name)
        QWidget.setTabOrder(self.name, self.email)
        QWidget.setTabOrder(self.email, self.phone)
        QWidget.setTabOrder(self.phone, self.category)
        QWidget.setTabOrder(self.category, self.expires_on)
        QWidget.setTabOrder(self.expires_on, self.blocked_reason)
        QWidget.setTabOrder(self.blocked_reason, self.request_limit)
        QWidget.setTabOrder(self.request_limit, self.pickup_location)
        QWidget.setTabOrder(self.pickup_location, self.notice_channel)
        QWidget.setTabOrder(self.notice_channel, self.notes)

        self.retranslateUi(PatronForm)

        QMetaObject.connectSlotsByName(PatronForm)
    # setupUi

    def retranslateUi(self, PatronForm: QWidget) -> None:
        self.label_barcode.setText(QCoreApplication.translate("PatronForm", u"Card barcode", None))
#if QT_CONFIG(accessibility)
        self.barcode.setAccessibleName(QCoreApplication.translate("PatronForm", u"Card barcode", None))
#endif // QT_CONFIG(accessibility)
        self.barcode.setPlaceholderText(QCoreApplication.translate("PatronForm", u"Scan the new card, or type its number", None))
        self.label_name.setText(QCoreApplication.translate("PatronForm", u"Name (Last, First)", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("PatronForm", u"Name (Last, First)", None))
#endif // QT_CONFIG(accessibility)
        self.label_email.setText(QCoreApplication.translate("PatronForm", u"E-mail", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("PatronForm", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.label_phone.setText(QCoreApplication.translate("PatronForm", u"Phone", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("PatronForm", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.label_category.setText(QCoreApplication.translate("PatronForm", u"Category", None))
#if QT_CONFIG(accessibility)
        self.category.setAccessibleName(QCoreApplication.translate("PatronForm", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.label_expires_on.setText(QCoreApplication.translate("PatronForm", u"Card expires", None))
#if QT_CONFIG(accessibility)
        self.expires_on.setAccessibleName(QCoreApplication.translate("PatronForm", u"Card expires", None))
#endif // QT_CONFIG(accessibility)
        self.expires_on.setSpecialValueText(QCoreApplication.translate("PatronForm", u"never", None))
        self.label_blocked_reason.setText(QCoreApplication.translate("PatronForm", u"Blocked because", None))
#if QT_CONFIG(accessibility)
        self.blocked_reason.setAccessibleName(QCoreApplication.translate("PatronForm", u"Blocked because", None))
#endif // QT_CONFIG(accessibility)
        self.blocked_reason.setPlaceholderText(QCoreApplication.translate("PatronForm", u"empty: not blocked", None))
        self.label_request_limit.setText(QCoreApplication.translate("PatronForm", u"Request limit", None))
#if QT_CONFIG(accessibility)
        self.request_limit.setAccessibleName(QCoreApplication.translate("PatronForm", u"Request limit", None))
#endif // QT_CONFIG(accessibility)
        self.request_limit.setSpecialValueText(QCoreApplication.translate("PatronForm", u"library default", None))
        self.label_pickup_location.setText(QCoreApplication.translate("PatronForm", u"Pickup location", None))
#if QT_CONFIG(accessibility)
        self.pickup_location.setAccessibleName(QCoreApplication.translate("PatronForm", u"Pickup location", None))
#endif // QT_CONFIG(accessibility)
        self.label_notice_channel.setText(QCoreApplication.translate("PatronForm", u"Notices by", None))
#if QT_CONFIG(accessibility)
        self.notice_channel.setAccessibleName(QCoreApplication.translate("PatronForm", u"Notices by", None))
#endif // QT_CONFIG(accessibility)
        self.label_notes.setText(QCoreApplication.translate("PatronForm", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("PatronForm", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

