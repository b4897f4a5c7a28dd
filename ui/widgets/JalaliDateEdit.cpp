// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JalaliDateEdit.h"

#include "Format.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTextCharFormat>

namespace Club::Ui {

namespace {
// QDateEdit shows its sections in reverse order under right-to-left, so this reads
// ۱۴۰۳/۰۱/۰۱ there, the same order Format::date() uses in lists.
const QString kRightToLeftFormat = QStringLiteral("dd/MM/yyyy");
const QString kLeftToRightFormat = QStringLiteral("yyyy/MM/dd");

bool weekendIsFriday(const QLocale &locale)
{
    return locale.language() == QLocale::Persian || locale.language() == QLocale::Arabic;
}
} // namespace

DateEdit::DateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendar(Format::calendar());
    setDisplayFormat(isRightToLeft() ? kRightToLeftFormat : kLeftToRightFormat);
    setCalendarPopup(true);
    setUpCalendarPopup();
    QDateEdit::setDate(QDate::currentDate());
    connect(this, &QDateEdit::dateChanged, this, [this] { Q_EMIT dateValueChanged(date()); });
}

QDate DateEdit::earliestDate()
{
    return QDate(1900, 1, 1);
}

void DateEdit::setUpCalendarPopup()
{
    QCalendarWidget *popup = calendarWidget();
    popup->setCalendar(calendar());
    popup->setFirstDayOfWeek(locale().firstDayOfWeek());
    popup->setGridVisible(false);
    popup->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    if (weekendIsFriday(locale())) {
        QTextCharFormat plain = popup->weekdayTextFormat(Qt::Monday);
        QTextCharFormat weekend = popup->weekdayTextFormat(Qt::Sunday);
        popup->setWeekdayTextFormat(Qt::Saturday, plain);
        popup->setWeekdayTextFormat(Qt::Sunday, plain);
        popup->setWeekdayTextFormat(Qt::Friday, weekend);
    }
}

void DateEdit::setOptional(bool optional)
{
    if (m_optional == optional)
        return;
    m_optional = optional;
    if (optional) {
        //: Shown in an optional date field that has no date
        setSpecialValueText(tr("No date"));
        setMinimumDate(earliestDate().addDays(-1));
        clear();
    } else {
        const bool wasEmpty = isEmpty();
        setSpecialValueText({});
        setMinimumDate(earliestDate());
        if (wasEmpty)
            QDateEdit::setDate(QDate::currentDate());
    }
}

bool DateEdit::isEmpty() const
{
    return m_optional && QDateEdit::date() < earliestDate();
}

QDate DateEdit::date() const
{
    return isEmpty() ? QDate() : QDateEdit::date();
}

void DateEdit::setDate(const QDate &date)
{
    if (!date.isValid()) {
        if (m_optional)
            clear();
        return;
    }
    QDateEdit::setDate(date);
}

void DateEdit::clear()
{
    if (m_optional)
        QDateEdit::setDate(minimumDate());
    else
        QDateEdit::clear();
}

QChar DateEdit::localDigit(QChar typed) const
{
    const int value = typed.digitValue();
    const QString zero = locale().zeroDigit();
    if (value < 0 || value > 9 || zero.size() != 1)
        return typed;
    return QChar(char16_t(zero.at(0).unicode() + value));
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_F4 || ((key == Qt::Key_Down || key == Qt::Key_Up) && event->modifiers() & Qt::AltModifier)) {
        openPopup();
        return;
    }
    if (m_optional && (key == Qt::Key_Delete || key == Qt::Key_Backspace) &&
        (isEmpty() || lineEdit()->selectedText() == lineEdit()->text())) {
        clear();
        return;
    }
    const QString text = event->text();
    const bool digit = text.size() == 1 && text.at(0).digitValue() >= 0;
    if (isEmpty() && !isReadOnly()) {
        const bool step = key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown;
        if (digit || step) {
            // Typing into "no date" starts from today, so one section can be typed over.
            QDateEdit::setDate(QDate::currentDate());
            setSelectedSection(sectionAt(0));
            if (step)
                return;
        }
    }
    if (digit) {
        const QChar local = localDigit(text.at(0));
        if (local != text.at(0)) {
            // The section parser reads the locale's own digits only.
            QKeyEvent translated(event->type(), key, event->modifiers(), QString(local), event->isAutoRepeat(),
                                 quint16(event->count()));
            QDateEdit::keyPressEvent(&translated);
            event->setAccepted(translated.isAccepted());
            return;
        }
    }
    QDateEdit::keyPressEvent(event);
}

void DateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        setDisplayFormat(isRightToLeft() ? kRightToLeftFormat : kLeftToRightFormat);
    QDateEdit::changeEvent(event);
}

void DateEdit::mousePressEvent(QMouseEvent *event)
{
    QDateEdit::mousePressEvent(event);
    showTodayInPopup();
}

void DateEdit::showTodayInPopup()
{
    QCalendarWidget *popup = calendarWidget();
    if (!isEmpty() || !popup || !popup->isVisible())
        return;
    const QCalendar::YearMonthDay today = calendar().partsFromDate(QDate::currentDate());
    popup->setCurrentPage(today.year, today.month);
}

void DateEdit::openPopup()
{
    if (isReadOnly())
        return;
    // QDateEdit opens its calendar only from a click on the arrow; press it for the keyboard.
    QStyleOptionComboBox option;
    option.initFrom(this);
    option.editable = true;
    option.frame = true;
    option.subControls = QStyle::SC_All;
    const QRect arrow = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, this);
    const QPointF at = QRectF(arrow).center();
    QMouseEvent press(QEvent::MouseButtonPress, at, mapToGlobal(at), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    mousePressEvent(&press);
}

} // namespace Club::Ui
