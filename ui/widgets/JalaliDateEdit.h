// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

namespace Club::Ui {

// A date in the user's calendar (Jalali in Persian, popup included) with the locale's
// digits; digits of any script may be typed. Under right-to-left it reads ۱۴۰۳/۰۱/۰۱.
//
// An optional edit can hold "no date": date() is then invalid. The empty state is the
// minimum date shown as special text, so use date()/setDate()/clear() of this class
// (not QDateEdit's) and the dateValueChanged() signal, which reports an invalid QDate
// when the field is emptied.
//
// Keyboard: digits fill the selected section, Up/Down step it, F4 or Alt+Down opens
// the calendar, Delete or Backspace over the whole text empties an optional field.
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);

    void setOptional(bool optional);
    bool isOptional() const { return m_optional; }
    bool isEmpty() const;

    QDate date() const;
    void setDate(const QDate &date);
    void clear() override;

    // Earliest date an optional field accepts; the day before it means "no date".
    static QDate earliestDate();

Q_SIGNALS:
    void dateValueChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpCalendarPopup();
    void showTodayInPopup();
    void openPopup();
    QChar localDigit(QChar typed) const;

    bool m_optional = false;
};

} // namespace Club::Ui
