// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace Club::Ui {

// Every modal message of the app goes through here, so a UI test can answer it:
// MessageBox::setNextAnswer(QMessageBox::Yes) makes the next box return Yes at once
// without showing itself (after KeePassXC's gui/MessageBox).
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button
    information(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok);
    static Button
    warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok);
    static Button
    critical(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok);
    // Yes/No by default, and No is the default button: a stray Enter does not confirm.
    static Button question(QWidget *parent,
                           const QString &title,
                           const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);

    // For tests: the next box returns this answer without being shown.
    static void setNextAnswer(Button answer);
    // For tests: the text of the last box asked for (shown or answered), then cleared.
    static QString takeLastText();

private:
    static Button show(QMessageBox::Icon icon,
                       QWidget *parent,
                       const QString &title,
                       const QString &text,
                       Buttons buttons,
                       Button defaultButton);
};

} // namespace Club::Ui
