// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesSettingsSection.h"

#include "UiContext.h"
#include "sales/SalesSettingsStore.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>

namespace Club::Ui {

using namespace Core;

namespace {
// Where the program's users are; any other IANA name may be typed.
const char *const kZones[] = {"Asia/Tehran", "Asia/Baghdad", "Asia/Kabul",  "Asia/Dubai",  "Asia/Riyadh",
                              "Asia/Kuwait", "Asia/Qatar",   "Asia/Bahrain", "Asia/Muscat", "Asia/Beirut",
                              "Asia/Damascus", "Asia/Amman", "Africa/Cairo", "UTC"};

QString plain(qint64 value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

qint64 amountOf(const DigitLineEdit *edit)
{
    const QString digits = edit->latinText();
    return digits.isEmpty() ? 0 : digits.left(18).toLongLong();
}
} // namespace

SalesSettingsSection::SalesSettingsSection(UiContext &context, QWidget *parent)
    : QGroupBox(tr("Sales and Points"), parent)
    , m_context(context)
    , m_errors(new FieldErrors(this))
    , m_pointValue(new DigitLineEdit(this))
    , m_returnWindow(new QSpinBox(this))
    , m_spentPolicy(new QComboBox(this))
    , m_refundLimit(new DigitLineEdit(this))
    , m_expiry(new QComboBox(this))
    , m_lifetime(new QSpinBox(this))
    , m_pointsPrice(new DigitLineEdit(this))
    , m_zone(new QComboBox(this))
    , m_save(new QPushButton(tr("Save &Sales Settings"), this))
{
    setObjectName(QStringLiteral("salesSettings"));
    m_pointValue->setObjectName(QStringLiteral("pointValue"));
    m_returnWindow->setObjectName(QStringLiteral("returnWindowDays"));
    m_returnWindow->setRange(0, 365);
    //: Suffix of a number of days, e.g. "7 days"
    m_returnWindow->setSuffix(tr(" days"));
    m_spentPolicy->setObjectName(QStringLiteral("spentPointsPolicy"));
    m_spentPolicy->addItem(tr("Take them from the member's other points; what is missing is owed"),
                           int(SpentPointsPolicy::TakeOtherPoints));
    m_spentPolicy->addItem(tr("The member owes their value"), int(SpentPointsPolicy::Debt));
    m_spentPolicy->addItem(tr("Keep their value from the refund"), int(SpentPointsPolicy::DeductFromRefund));
    m_refundLimit->setObjectName(QStringLiteral("staffRefundLimit"));
    m_refundLimit->setPlaceholderText(tr("No limit"));
    m_expiry->setObjectName(QStringLiteral("expiryPolicy"));
    m_expiry->addItem(tr("After a number of days"), int(ExpiryPolicy::AfterDays));
    m_expiry->addItem(tr("At the end of the month, after a number of days"), int(ExpiryPolicy::MonthEnd));
    m_expiry->addItem(tr("At the end of the year, after a number of days"), int(ExpiryPolicy::YearEnd));
    //: Earned points never expire
    m_expiry->addItem(tr("Never"), int(ExpiryPolicy::Never));
    m_lifetime->setObjectName(QStringLiteral("pointsLifetimeDays"));
    m_lifetime->setRange(0, 3650);
    m_lifetime->setSuffix(tr(" days"));
    m_pointsPrice->setObjectName(QStringLiteral("pointsPrice"));
    //: Buying points: a price of 0 turns it off
    m_pointsPrice->setPlaceholderText(tr("Off"));
    m_zone->setObjectName(QStringLiteral("zone"));
    m_zone->setEditable(true);
    m_zone->setLayoutDirection(Qt::LeftToRight);
    for (const char *zone : kZones)
        m_zone->addItem(QString::fromLatin1(zone));
    m_save->setObjectName(QStringLiteral("saveSalesSettings"));
    connect(m_save, &QPushButton::clicked, this, &SalesSettingsSection::save);
    connect(m_expiry, &QComboBox::currentIndexChanged, this, &SalesSettingsSection::updateLifetime);
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_pointValue), static_cast<QLineEdit *>(m_refundLimit),
                            static_cast<QLineEdit *>(m_pointsPrice)})
        connect(edit, &QLineEdit::returnPressed, this, &SalesSettingsSection::save);

    auto *form = new QFormLayout(this);
    m_errors->addRow(form, tr("A redeemed point &pays:"), m_pointValue, QStringLiteral("pointValue"));
    m_errors->addRow(form, tr("&Return window (earned points wait):"), m_returnWindow,
                     QStringLiteral("returnWindowDays"));
    m_errors->addRow(form, tr("A return takes back points already &spent:"), m_spentPolicy,
                     QStringLiteral("spentPointsPolicy"));
    m_errors->addRow(form, tr("Staff may &refund up to:"), m_refundLimit, QStringLiteral("staffRefundLimit"));
    m_errors->addRow(form, tr("Points &expire:"), m_expiry, QStringLiteral("expiryPolicy"));
    m_errors->addRow(form, tr("Points &lifetime:"), m_lifetime, QStringLiteral("pointsLifetimeDays"));
    m_errors->addRow(form, tr("Price of one point &bought:"), m_pointsPrice, QStringLiteral("pointsPrice"));
    m_errors->addRow(form, tr("Store &time zone:"), m_zone, QStringLiteral("zone"));
    form->addRow(QString(), m_save);
    form->addRow(m_errors->addGeneral());
    setEnabled(context.can(Permission::SalesSettingsManage));
}

void SalesSettingsSection::updateLifetime()
{
    m_lifetime->setEnabled(ExpiryPolicy(m_expiry->currentData().toInt()) != ExpiryPolicy::Never);
}

void SalesSettingsSection::load()
{
    m_errors->clear();
    Result<SalesSettings> stored = m_context.salesSettings().settings(m_context.actor());
    if (!stored) {
        m_errors->report(stored.error());
        return;
    }
    m_loaded = *stored;
    const SalesSettings &s = m_loaded;
    m_pointValue->setText(plain(s.pointValue));
    m_returnWindow->setValue(s.returnWindowDays);
    m_spentPolicy->setCurrentIndex(std::max(0, m_spentPolicy->findData(int(s.spentPointsPolicy))));
    m_refundLimit->setText(s.staffRefundLimit == 0 ? QString() : plain(s.staffRefundLimit));
    m_expiry->setCurrentIndex(std::max(0, m_expiry->findData(int(s.expiryPolicy))));
    m_lifetime->setValue(s.pointsLifetimeDays);
    m_pointsPrice->setText(s.pointsPrice == 0 ? QString() : plain(s.pointsPrice));
    const QString zone = QString::fromLatin1(s.zone.id());
    if (m_zone->findText(zone) < 0)
        m_zone->addItem(zone);
    m_zone->setCurrentIndex(m_zone->findText(zone));
    updateLifetime();
}

Result<SalesSettings> SalesSettingsSection::draft() const
{
    SalesSettings s = m_loaded;
    s.pointValue = amountOf(m_pointValue);
    s.returnWindowDays = m_returnWindow->value();
    s.spentPointsPolicy = SpentPointsPolicy(m_spentPolicy->currentData().toInt());
    s.staffRefundLimit = amountOf(m_refundLimit);
    s.expiryPolicy = ExpiryPolicy(m_expiry->currentData().toInt());
    s.pointsLifetimeDays = m_lifetime->value();
    s.pointsPrice = amountOf(m_pointsPrice);
    const QByteArray zone = m_zone->currentText().trimmed().toLatin1();
    // The zone as loaded stays as it is (UTC may not be in the system's list of names).
    if (zone == s.zone.id())
        return s;
    if (!QTimeZone::isTimeZoneIdAvailable(zone))
        return Error::make(Error::Code::Invalid, tr("Choose a time zone from the list, such as Asia/Tehran."), {},
                           QStringLiteral("zone"));
    s.zone = QTimeZone(zone);
    return s;
}

bool SalesSettingsSection::save()
{
    m_errors->clear();
    Result<SalesSettings> d = draft();
    if (!d) {
        m_errors->report(d.error());
        return false;
    }
    // The store hands the saved settings to the sales service: the desk's next quote uses them.
    if (Status s = m_context.salesSettings().save(m_context.actor(), *d); !s) {
        m_errors->report(s.error());
        return false;
    }
    load();
    Q_EMIT saved();
    return true;
}

} // namespace Club::Ui
