// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DigitLineEdit.h"

#include "util/Text.h"

#include <QValidator>

namespace Club::Ui {

namespace {
bool isLatinPersianOrArabicDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= 0x06F0 && u <= 0x06F9) || (u >= 0x0660 && u <= 0x0669);
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('-') || c.category() == QChar::Other_Format;
}

class DigitValidator : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString &input, int &pos) const override
    {
        // Drop what pasting a formatted number brings along, keeping the cursor in place.
        QString kept;
        kept.reserve(input.size());
        int newPos = pos;
        for (int i = 0; i < input.size(); ++i) {
            const QChar c = input.at(i);
            if (isSeparator(c)) {
                if (i < pos)
                    --newPos;
                continue;
            }
            if (!isLatinPersianOrArabicDigit(c))
                return Invalid;
            kept.append(c);
        }
        input = kept;
        pos = newPos;
        return Acceptable;
    }
};
} // namespace

DigitLineEdit::DigitLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setValidator(new DigitValidator(this));
    setLayoutDirection(Qt::LeftToRight);
    setInputMethodHints(Qt::ImhDigitsOnly);
}

QString DigitLineEdit::latinText() const
{
    return Core::Text::toLatinDigits(text());
}

void DigitLineEdit::setMaxDigits(int digits)
{
    setMaxLength(digits > 0 ? digits : 32767);
}

} // namespace Club::Ui
