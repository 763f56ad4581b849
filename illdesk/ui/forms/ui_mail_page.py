# Compiled from forms/mail_page.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mail_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget,
    QWizardPage)

from illdesk.ui.field_form import FieldForm

class Ui_MailPage(object):
    def setupUi(self, MailPage: QWizardPage) -> None:
        if not MailPage.objectName():
            MailPage.setObjectName(u"MailPage")
        self.mail_layout = QVBoxLayout(MailPage)
        self.mail_layout.setObjectName(u"mail_layout")
        self.form = FieldForm(MailPage)
        self.form.setObjectName(u"form")
        self.mail_rows = QFormLayout(self.form)
        self.mail_rows.setObjectName(u"mail_rows")
        self.label_mail_host = QLabel(self.form)
        self.label_mail_host.setObjectName(u"label_mail_host")

        self.mail_rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_mail_host)

        self.mail_host = QLineEdit(self.form)
        self.mail_host.setObjectName(u"mail_host")
        self.mail_host.setProperty(u"field", u"mail.host")

        self.mail_rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mail_host)

        self.label_mail_port = QLabel(self.form)
        self.label_mail_port.setObjectName(u"label_mail_port")

        self.mail_rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_mail_port)

        self.mail_port = QSpinBox(self.form)
        self.mail_port.setObjectName(u"mail_port")
        self.mail_port.setMinimum(1)
        self.mail_port.setMaximum(65535)
        self.mail_port.setValue(25)
        self.mail_port.setProperty(u"field", u"mail.port")

        self.mail_rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mail_port)

        self.mail_starttls = QCheckBox(self.form)
        self.mail_starttls.setObjectName(u"mail_starttls")
        self.mail_starttls.setProperty(u"field", u"mail.starttls")

        self.mail_rows.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mail_starttls)

        self.label_mail_username = QLabel(self.form)
        self.label_mail_username.setObjectName(u"label_mail_username")

        self.mail_rows.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_mail_username)

        self.mail_username = QLineEdit(self.form)
        self.mail_username.setObjectName(u"mail_username")
        self.mail_username.setProperty(u"field", u"mail.username")

        self.mail_rows.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mail_username)

        self.label_mail_password = QLabel(self.form)
        self.label_mail_password.setObjectName(u"label_mail_password")

        self.mail_rows.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_mail_password)

        self.mail_password = QLineEdit(self.form)
        self.mail_password.setObjectName(u"mail_password")
        self.mail_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.mail_password.setProperty(u"field", u"mail.password")

        self.mail_rows.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mail_password)

        self.label_mail_sender = QLabel(self.form)
        self.label_mail_sender.setObjectName(u"label_mail_sender")

        self.mail_rows.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_mail_sender)

        self.mail_sender = QLineEdit(self.form)
        self.mail_sender.setObjectName(u"mail_sender")
        self.mail_sender.setProperty(u"field", u"mail.sender")

        self.mail_rows.setWidget(5, QFormLayout.ItemRole.FieldRole, self.mail_sender)

        self.label_mail_test_to = QLabel(self.form)
        self.label_mail_test_to.setObjectName(u"label_mail_test_to")

        self.mail_rows.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_mail_test_to)

        self.mail_test_to = QLineEdit(self.form)
        self.mail_test_to.setObjectName(u"mail_test_to")
        self.mail_test_to.setProperty(u"field", u"test_to")

        self.mail_rows.setWidget(6, QFormLayout.ItemRole.FieldRole, self.mail_test_to)


        self.mail_layout.addWidget(self.form)

        self.mail_test_line = QHBoxLayout()
        self.mail_test_line.setObjectName(u"mail_test_line")
        self.mail_test = QPushButton(MailPage)
        self.mail_test.setObjectName(u"mail_test")

        self.mail_test_line.addWidget(self.mail_test)

        self.mail_test_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mail_test_line.addItem(self.mail_test_stretch)

        self.mail_test_line.setStretch(1, 1)

        self.mail_layout.addLayout(self.mail_test_line)

        self.mail_test_result = QLabel(MailPage)
        self.mail_test_result.setObjectName(u"mail_test_result")
        self.mail_test_result.setWordWrap(True)

        self.mail_layout.addWidget(self.mail_test_result)

        self.mail_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mail_layout.addItem(self.mail_stretch)

#if QT_CONFIG(shortcut)
        self.label_mail_host.setBuddy(self.mail_host)
        self.label_mail_port.setBuddy(self.mail_port)
        self.label_mail_username.setBuddy(self.mail_username)
        self.label_mail_password.setBuddy(self.mail_password)
        self.label_mail_sender.setBuddy(self.mail_sender)
        self.label_mail_test_to.setBuddy(self.mail_test_to)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mail_host, self.mail_port)
        QWidget.setTabOrder(self.mail_port, self.mail_starttls)
        QWidget.setTabOrder(self.mail_starttls, self.mail_username)
        QWidget.setTabOrder(self.mail_username, self.mail_password)
        QWidget.setTabOrder(self.mail_password, self.mail_sender)
        QWidget.setTabOrder(self.mail_sender, self.mail_test_to)
        QWidget.setTabOrder(self.mail_test_to, self.mail_test)

        self.retranslateUi(MailPage)

        QMetaObject.connectSlotsByName(MailPage)
    # setupUi

    def retranslateUi(self, MailPage: QWizardPage) -> None:
        MailPage.setTitle(QCoreApplication.translate("MailPage", u"E-mail", None))
        MailPage.setSubTitle(QCoreApplication.translate("MailPage", u"The outgoing mail (SMTP) server that sends notices to patrons and articles to partners. Your IT provider or mail host tells you these.", None))
        self.label_mail_host.setText(QCoreApplication.translate("MailPage", u"Mail server", None))
#if QT_CONFIG(accessibility)
        self.mail_host.setAccessibleName(QCoreApplication.translate("MailPage", u"Mail server", None))
#endif // QT_CONFIG(accessibility)
        self.mail_host.setPlaceholderText(QCoreApplication.translate("MailPage", u"e.g. smtp.library.example.org", None))
        self.label_mail_port.setText(QCoreApplication.translate("MailPage", u"Port", None))
#if QT_CONFIG(tooltip)
        self.mail_port.setToolTip(QCoreApplication.translate("MailPage", u"25 plain, 587 with STARTTLS", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.mail_port.setAccessibleName(QCoreApplication.translate("MailPage", u"Port", None))
#endif // QT_CONFIG(accessibility)
        self.mail_starttls.setText(QCoreApplication.translate("MailPage", u"Encrypt with STARTTLS (usually port 587)", None))
        self.label_mail_username.setText(QCoreApplication.translate("MailPage", u"Login", None))
#if QT_CONFIG(accessibility)
        self.mail_username.setAccessibleName(QCoreApplication.translate("MailPage", u"Login", None))
#endif // QT_CONFIG(accessibility)
        self.mail_username.setPlaceholderText(QCoreApplication.translate("MailPage", u"empty when the server needs no login", None))
        self.label_mail_password.setText(QCoreApplication.translate("MailPage", u"Password (kept on this desk only)", None))
#if QT_CONFIG(accessibility)
        self.mail_password.setAccessibleName(QCoreApplication.translate("MailPage", u"Password (kept on this desk only)", None))
#endif // QT_CONFIG(accessibility)
        self.label_mail_sender.setText(QCoreApplication.translate("MailPage", u"From address", None))
#if QT_CONFIG(accessibility)
        self.mail_sender.setAccessibleName(QCoreApplication.translate("MailPage", u"From address", None))
#endif // QT_CONFIG(accessibility)
        self.label_mail_test_to.setText(QCoreApplication.translate("MailPage", u"Send the test message to", None))
#if QT_CONFIG(accessibility)
        self.mail_test_to.setAccessibleName(QCoreApplication.translate("MailPage", u"Send the test message to", None))
#endif // QT_CONFIG(accessibility)
        self.mail_test.setText(QCoreApplication.translate("MailPage", u"Send a &test message", None))
    # retranslateUi

