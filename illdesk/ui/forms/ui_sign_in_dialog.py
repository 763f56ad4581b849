# Compiled from forms/sign_in_dialog.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_dialog.ui'
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from illdesk.ui.field_form import FieldForm

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog: QDialog) -> None:
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.setMinimumSize(QSize(480, 0))
        self.sign_in_layout = QVBoxLayout(SignInDialog)
        self.sign_in_layout.setObjectName(u"sign_in_layout")
        self.intro = QLabel(SignInDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.sign_in_layout.addWidget(self.intro)

        self.form = FieldForm(SignInDialog)
        self.form.setObjectName(u"form")
        self.sign_in_rows = QFormLayout(self.form)
        self.sign_in_rows.setObjectName(u"sign_in_rows")
        self.label_sign_in_name = QLabel(self.form)
        self.label_sign_in_name.setObjectName(u"label_sign_in_name")

        self.sign_in_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_sign_in_name)

        self.sign_in_name = QComboBox(self.form)
        self.sign_in_name.setObjectName(u"sign_in_name")
        self.sign_in_name.setMinimumSize(QSize(240, 0))
        self.sign_in_name.setProperty(u"field", u"name")

        self.sign_in_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sign_in_name)

        self.label_sign_in_secret = QLabel(self.form)
        self.label_sign_in_secret.setObjectName(u"label_sign_in_secret")

        self.sign_in_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_sign_in_secret)

        self.sign_in_secret = QLineEdit(self.form)
        self.sign_in_secret.setObjectName(u"sign_in_secret")
        self.sign_in_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_in_secret.setProperty(u"field", u"secret")

        self.sign_in_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sign_in_secret)


        self.sign_in_layout.addWidget(self.form)

        self.sign_in_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sign_in_layout.addItem(self.sign_in_stretch)

        self.buttons = QDialogButtonBox(SignInDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.sign_in_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_sign_in_name.setBuddy(self.sign_in_name)
        self.label_sign_in_secret.setBuddy(self.sign_in_secret)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sign_in_name, self.sign_in_secret)

        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog: QDialog) -> None:
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign in at this desk", None))
        self.intro.setText(QCoreApplication.translate("SignInDialog", u"Sign in so the history records who did what, and so you can do what your role allows.", None))
        self.label_sign_in_name.setText(QCoreApplication.translate("SignInDialog", u"Who are you?", None))
#if QT_CONFIG(accessibility)
        self.sign_in_name.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Who are you?", None))
#endif // QT_CONFIG(accessibility)
        self.label_sign_in_secret.setText(QCoreApplication.translate("SignInDialog", u"PIN or password", None))
#if QT_CONFIG(accessibility)
        self.sign_in_secret.setAccessibleName(QCoreApplication.translate("SignInDialog", u"PIN or password", None))
#endif // QT_CONFIG(accessibility)
        self.sign_in_secret.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"PIN or password", None))
    # retranslateUi

