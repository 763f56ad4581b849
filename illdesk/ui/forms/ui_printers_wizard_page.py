# Compiled from forms/printers_wizard_page.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'printers_wizard_page.ui'
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
from PySide6.QtWidgets import (QApplication, QSizePolicy, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_PrintersWizardPage(object):
    def setupUi(self, PrintersWizardPage: QWizardPage) -> None:
        if not PrintersWizardPage.objectName():
            PrintersWizardPage.setObjectName(u"PrintersWizardPage")
        self.printers_layout = QVBoxLayout(PrintersWizardPage)
        self.printers_layout.setObjectName(u"printers_layout")

        self.retranslateUi(PrintersWizardPage)

        QMetaObject.connectSlotsByName(PrintersWizardPage)
    # setupUi

    def retranslateUi(self, PrintersWizardPage: QWizardPage) -> None:
        PrintersWizardPage.setTitle(QCoreApplication.translate("PrintersWizardPage", u"Printers", None))
        PrintersWizardPage.setSubTitle(QCoreApplication.translate("PrintersWizardPage", u"Which printer each kind of document goes to on this desk. A test print shows a sample first.", None))
    # retranslateUi

