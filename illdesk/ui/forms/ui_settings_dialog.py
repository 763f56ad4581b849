# Compiled from forms/settings_dialog.ui by tools/compile_forms.py: edit the .ui, not this file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QListWidget, QListWidgetItem, QSizePolicy, QSplitter,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog: QDialog) -> None:
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        self.settings_layout = QVBoxLayout(SettingsDialog)
        self.settings_layout.setObjectName(u"settings_layout")
        self.splitter = QSplitter(SettingsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.groups = QListWidget(self.splitter)
        self.groups.setObjectName(u"groups")
        self.splitter.addWidget(self.groups)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.splitter.addWidget(self.pages)

        self.settings_layout.addWidget(self.splitter)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.settings_layout.addWidget(self.buttons)

        self.settings_layout.setStretch(0, 1)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog: QDialog) -> None:
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#if QT_CONFIG(accessibility)
        self.groups.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Groups of settings", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

