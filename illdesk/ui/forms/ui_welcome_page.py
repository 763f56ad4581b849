# Compiled from forms/welcome_page.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage: QWizardPage) -> None:
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        self.welcome_layout = QVBoxLayout(WelcomePage)
        self.welcome_layout.setObjectName(u"welcome_layout")
        self.choice_set_up = QRadioButton(WelcomePage)
        self.choice_set_up.setObjectName(u"choice_set_up")
        self.choice_set_up.setChecked(True)

        self.welcome_layout.addWidget(self.choice_set_up)

        self.choice_demo = QRadioButton(WelcomePage)
        self.choice_demo.setObjectName(u"choice_demo")

        self.welcome_layout.addWidget(self.choice_demo)

        self.not_empty_note = QLabel(WelcomePage)
        self.not_empty_note.setObjectName(u"not_empty_note")
        self.not_empty_note.setWordWrap(True)

        self.welcome_layout.addWidget(self.not_empty_note)

        self.welcome_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcome_layout.addItem(self.welcome_stretch)


        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage: QWizardPage) -> None:
        WelcomePage.setTitle(QCoreApplication.translate("WelcomePage", u"Welcome to illdesk", None))
        WelcomePage.setSubTitle(QCoreApplication.translate("WelcomePage", u"A few questions about your library, so that labels, customs forms and e-mails carry your name and address. Everything can be changed later under Desk \u2192 Settings.", None))
        self.choice_set_up.setText(QCoreApplication.translate("WelcomePage", u"&Set up my library", None))
        self.choice_demo.setText(QCoreApplication.translate("WelcomePage", u"&Try illdesk with demo data instead (a made-up library, patrons and requests)", None))
        self.not_empty_note.setText(QCoreApplication.translate("WelcomePage", u"This database already holds requests but does not know which library it belongs to yet.", None))
    # retranslateUi

