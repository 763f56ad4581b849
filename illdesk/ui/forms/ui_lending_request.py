# Compiled from forms/lending_request.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lending_request.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from illdesk.ui.dialogs.citation_form import CitationForm
from illdesk.ui.field_form import FieldForm
from illdesk.ui.wrap_label import WrapLabel

class Ui_LendingRequestDialog(object):
    def setupUi(self, LendingRequestDialog: QDialog) -> None:
        if not LendingRequestDialog.objectName():
            LendingRequestDialog.setObjectName(u"LendingRequestDialog")
        self.dialog_layout = QVBoxLayout(LendingRequestDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_scroll = QScrollArea(LendingRequestDialog)
        self.form_scroll.setObjectName(u"form_scroll")
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidgetResizable(True)
        self.page = QWidget()
        self.page.setObjectName(u"page")
        self.page_column = QVBoxLayout(self.page)
        self.page_column.setObjectName(u"page_column")
        self.page_column.setContentsMargins(0, 0, 0, 0)
        self.who = FieldForm(self.page)
        self.who.setObjectName(u"who")
        self.who_rows = QFormLayout(self.who)
        self.who_rows.setObjectName(u"who_rows")
        self.label_partner = QLabel(self.who)
        self.label_partner.setObjectName(u"label_partner")

        self.who_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_partner)

        self.partner_row = QWidget(self.who)
        self.partner_row.setObjectName(u"partner_row")
        self.partner_row.setProperty(u"field", u"partner")
        self.partner_line = QHBoxLayout(self.partner_row)
        self.partner_line.setObjectName(u"partner_line")
        self.partner_line.setContentsMargins(0, 0, 0, 0)
        self.partner = QComboBox(self.partner_row)
        self.partner.setObjectName(u"partner")

        self.partner_line.addWidget(self.partner)

        self.new_partner = QPushButton(self.partner_row)
        self.new_partner.setObjectName(u"new_partner")

        self.partner_line.addWidget(self.new_partner)

        self.partner_line.setStretch(0, 1)

        self.who_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partner_row)

        self.label_material = QLabel(self.who)
        self.label_material.setObjectName(u"label_material")

        self.who_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_material)

        self.material = QComboBox(self.who)
        self.material.setObjectName(u"material")

        self.who_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.material)

        self.label_terms = QLabel(self.who)
        self.label_terms.setObjectName(u"label_terms")

        self.who_rows.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_terms)

        self.terms = WrapLabel(self.who)
        self.terms.setObjectName(u"terms")

        self.who_rows.setWidget(2, QFormLayout.ItemRole.FieldRole, self.terms)

        self.label_external_id = QLabel(self.who)
        self.label_external_id.setObjectName(u"label_external_id")

        self.who_rows.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_external_id)

        self.external_id = QLineEdit(self.who)
        self.external_id.setObjectName(u"external_id")

        self.who_rows.setWidget(3, QFormLayout.ItemRole.FieldRole, self.external_id)

        self.label_needed_by = QLabel(self.who)
        self.label_needed_by.setObjectName(u"label_needed_by")

        self.who_rows.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_needed_by)

        self.needed_by = QDateEdit(self.who)
        self.needed_by.setObjectName(u"needed_by")
        self.needed_by.setDisplayFormat(u"yyyy-MM-dd")
        self.needed_by.setMinimumDate(QDate(2000, 1, 1))
        self.needed_by.setDate(QDate(2000, 1, 1))
        self.needed_by.setCalendarPopup(True)

        self.who_rows.setWidget(4, QFormLayout.ItemRole.FieldRole, self.needed_by)

        self.paste_email = QPushButton(self.who)
        self.paste_email.setObjectName(u"paste_email")

        self.who_rows.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paste_email)


        self.page_column.addWidget(self.who)

        self.wanted_box = QGroupBox(self.page)
        self.wanted_box.setObjectName(u"wanted_box")
        self.wanted_column = QVBoxLayout(self.wanted_box)
        self.wanted_column.setObjectName(u"wanted_column")
        self.citation = CitationForm(self.wanted_box)
        self.citation.setObjectName(u"citation")

        self.wanted_column.addWidget(self.citation)


        self.page_column.addWidget(self.wanted_box)

        self.page_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_column.addItem(self.page_stretch)

        self.form_scroll.setWidget(self.page)

        self.dialog_layout.addWidget(self.form_scroll)

        self.buttons = QDialogButtonBox(LendingRequestDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.buttons)

        self.dialog_layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.label_partner.setBuddy(self.partner)
        self.label_material.setBuddy(self.material)
        self.label_external_id.setBuddy(self.external_id)
        self.label_needed_by.setBuddy(self.needed_by)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.partner, self.new_partner)
        QWidget.setTabOrder(self.new_partner, self.material)
        QWidget.setTabOrder(self.material, self.external_id)
        QWidget.setTabOrder(self.external_id, self.needed_by)
        QWidget.setTabOrder(self.needed_by, self.paste_email)

        self.retranslateUi(LendingRequestDialog)

        QMetaObject.connectSlotsByName(LendingRequestDialog)
    # setupUi

    def retranslateUi(self, LendingRequestDialog: QDialog) -> None:
        LendingRequestDialog.setWindowTitle(QCoreApplication.translate("LendingRequestDialog", u"New lending request", None))
        self.label_partner.setText(QCoreApplication.translate("LendingRequestDialog", u"Borrowing library", None))
#if QT_CONFIG(accessibility)
        self.partner.setAccessibleName(QCoreApplication.translate("LendingRequestDialog", u"Borrowing library", None))
#endif // QT_CONFIG(accessibility)
        self.new_partner.setText(QCoreApplication.translate("LendingRequestDialog", u"New partner\u2026", None))
        self.label_material.setText(QCoreApplication.translate("LendingRequestDialog", u"Material", None))
#if QT_CONFIG(accessibility)
        self.material.setAccessibleName(QCoreApplication.translate("LendingRequestDialog", u"Material", None))
#endif // QT_CONFIG(accessibility)
        self.label_terms.setText(QCoreApplication.translate("LendingRequestDialog", u"Policy", None))
        self.label_external_id.setText(QCoreApplication.translate("LendingRequestDialog", u"Their number", None))
#if QT_CONFIG(accessibility)
        self.external_id.setAccessibleName(QCoreApplication.translate("LendingRequestDialog", u"Their number", None))
#endif // QT_CONFIG(accessibility)
        self.external_id.setPlaceholderText(QCoreApplication.translate("LendingRequestDialog", u"Their request number, if any", None))
        self.label_needed_by.setText(QCoreApplication.translate("LendingRequestDialog", u"Needed by", None))
#if QT_CONFIG(accessibility)
        self.needed_by.setAccessibleName(QCoreApplication.translate("LendingRequestDialog", u"Needed by", None))
#endif // QT_CONFIG(accessibility)
        self.paste_email.setText(QCoreApplication.translate("LendingRequestDialog", u"Paste from e-mail\u2026", None))
        self.wanted_box.setTitle(QCoreApplication.translate("LendingRequestDialog", u"What is wanted", None))
    # retranslateUi

