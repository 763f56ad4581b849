# Compiled from forms/rule_dialog.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rule_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from illdesk.ui.field_form import FieldForm

class Ui_RuleDialog(object):
    def setupUi(self, RuleDialog: QDialog) -> None:
        if not RuleDialog.objectName():
            RuleDialog.setObjectName(u"RuleDialog")
        self.rule_layout = QVBoxLayout(RuleDialog)
        self.rule_layout.setObjectName(u"rule_layout")
        self.form = FieldForm(RuleDialog)
        self.form.setObjectName(u"form")
        self.rule_rows = QFormLayout(self.form)
        self.rule_rows.setObjectName(u"rule_rows")
        self.label_partner = QLabel(self.form)
        self.label_partner.setObjectName(u"label_partner")

        self.rule_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_partner)

        self.partner = QComboBox(self.form)
        self.partner.setObjectName(u"partner")

        self.rule_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partner)

        self.label_material = QLabel(self.form)
        self.label_material.setObjectName(u"label_material")

        self.rule_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_material)

        self.material = QComboBox(self.form)
        self.material.setObjectName(u"material")

        self.rule_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.material)

        self.label_lendable = QLabel(self.form)
        self.label_lendable.setObjectName(u"label_lendable")

        self.rule_rows.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_lendable)

        self.lendable = QComboBox(self.form)
        self.lendable.setObjectName(u"lendable")

        self.rule_rows.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lendable)

        self.label_loan_days = QLabel(self.form)
        self.label_loan_days.setObjectName(u"label_loan_days")

        self.rule_rows.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_loan_days)

        self.loan_days = QSpinBox(self.form)
        self.loan_days.setObjectName(u"loan_days")
        self.loan_days.setSpecialValueText(u"\u2014")

        self.rule_rows.setWidget(3, QFormLayout.ItemRole.FieldRole, self.loan_days)

        self.label_renewals = QLabel(self.form)
        self.label_renewals.setObjectName(u"label_renewals")

        self.rule_rows.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_renewals)

        self.renewals = QSpinBox(self.form)
        self.renewals.setObjectName(u"renewals")
        self.renewals.setSpecialValueText(u"\u2014")

        self.rule_rows.setWidget(4, QFormLayout.ItemRole.FieldRole, self.renewals)

        self.label_charge = QLabel(self.form)
        self.label_charge.setObjectName(u"label_charge")

        self.rule_rows.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_charge)

        self.charge = QLineEdit(self.form)
        self.charge.setObjectName(u"charge")

        self.rule_rows.setWidget(5, QFormLayout.ItemRole.FieldRole, self.charge)

        self.label_conditions = QLabel(self.form)
        self.label_conditions.setObjectName(u"label_conditions")

        self.rule_rows.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_conditions)

        self.conditions = QLineEdit(self.form)
        self.conditions.setObjectName(u"conditions")

        self.rule_rows.setWidget(6, QFormLayout.ItemRole.FieldRole, self.conditions)


        self.rule_layout.addWidget(self.form)

        self.hint = QLabel(RuleDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.rule_layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(RuleDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.rule_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_partner.setBuddy(self.partner)
        self.label_material.setBuddy(self.material)
        self.label_lendable.setBuddy(self.lendable)
        self.label_loan_days.setBuddy(self.loan_days)
        self.label_renewals.setBuddy(self.renewals)
        self.label_charge.setBuddy(self.charge)
        self.label_conditions.setBuddy(self.conditions)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.partner, self.material)
        QWidget.setTabOrder(self.material, self.lendable)
        QWidget.setTabOrder(self.lendable, self.loan_days)
        QWidget.setTabOrder(self.loan_days, self.renewals)
        QWidget.setTabOrder(self.renewals, self.charge)
        QWidget.setTabOrder(self.charge, self.conditions)

        self.retranslateUi(RuleDialog)

        QMetaObject.connectSlotsByName(RuleDialog)
    # setupUi

    def retranslateUi(self, RuleDialog: QDialog) -> None:
        RuleDialog.setWindowTitle(QCoreApplication.translate("RuleDialog", u"Lending policy rule", None))
        self.label_partner.setText(QCoreApplication.translate("RuleDialog", u"For", None))
        self.label_material.setText(QCoreApplication.translate("RuleDialog", u"Material", None))
        self.label_lendable.setText(QCoreApplication.translate("RuleDialog", u"Lend it?", None))
        self.label_loan_days.setText(QCoreApplication.translate("RuleDialog", u"Loan period", None))
        self.loan_days.setSuffix(QCoreApplication.translate("RuleDialog", u" days", None))
        self.label_renewals.setText(QCoreApplication.translate("RuleDialog", u"Renewals", None))
        self.label_charge.setText(QCoreApplication.translate("RuleDialog", u"Charge", None))
        self.charge.setPlaceholderText(QCoreApplication.translate("RuleDialog", u"\u2014 (empty: says nothing)", None))
        self.label_conditions.setText(QCoreApplication.translate("RuleDialog", u"Conditions", None))
        self.conditions.setPlaceholderText(QCoreApplication.translate("RuleDialog", u"e.g. Library use only", None))
        self.hint.setText(QCoreApplication.translate("RuleDialog", u"Leave a term at \u201c\u2014\u201d and the less specific rule, the partner's record or the library default decides it. Conditions add up: the library's, the partner's and every matching rule's.", None))
    # retranslateUi

