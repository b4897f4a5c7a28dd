// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngagementDialogs.h"

#include "Format.h"
#include "UiContext.h"
#include "catalog/CatalogService.h"
#include "engagement/LotteryService.h"
#include "engagement/SurveyService.h"
#include "members/MemberService.h"
#include "messaging/CampaignService.h"
#include "sales/SalesService.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/JalaliDateEdit.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Club::Ui {

using namespace Core;

namespace {
// A whole number typed in any script's digits; 0 when empty.
qint64 wholeNumber(const DigitLineEdit *edit)
{
    return edit->latinText().left(15).toLongLong();
}

// The store's day `date` starts at this UTC time.
QDateTime dayStart(UiContext &context, const QDate &date)
{
    return QDateTime(date, QTime(0, 0), context.sales().settings().zone).toUTC();
}

Error fieldError(const QString &message, const QString &field)
{
    return Error::make(Error::Code::Invalid, message, {}, field);
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}
} // namespace

LotteryDialog::LotteryDialog(UiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_errors(new FieldErrors(this))
    , m_name(new QLineEdit(this))
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
    , m_pointsPerTicket(new DigitLineEdit(this))
    , m_amountPerTicket(new DigitLineEdit(this))
    , m_perPurchase(new QSpinBox(this))
    , m_maxTickets(new QSpinBox(this))
    , m_winners(new QSpinBox(this))
    , m_prizePoints(new DigitLineEdit(this))
    , m_gift(new QComboBox(this))
    , m_template(new QComboBox(this))
{
    setWindowTitle(tr("New Lottery"));
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(context.sales().settings().zone).date();
    // The last thirty days up to today: freezing right after creating is the usual case.
    m_from->setDate(today.addDays(-29));
    m_to->setDate(today);
    m_pointsPerTicket->setMaxDigits(12);
    m_amountPerTicket->setMaxDigits(15);
    m_prizePoints->setMaxDigits(12);
    m_perPurchase->setRange(0, 100);
    m_maxTickets->setRange(0, 100000);
    //: Maximum tickets per member: 0 means no cap
    m_maxTickets->setSpecialValueText(tr("No cap"));
    m_winners->setRange(1, 1000);
    m_winners->setValue(1);
    m_pointsPerTicket->setPlaceholderText(tr("e.g. 100"));
    m_amountPerTicket->setPlaceholderText(tr("e.g. 1,000,000"));

    //: No gift as a lottery prize
    m_gift->addItem(tr("No gift"), qint64(kNoId));
    if (const Result<QList<Product>> gifts = context.catalog().giftCatalog(context.actor()); gifts) {
        for (const Product &p : *gifts)
            m_gift->addItem(p.displayName(), p.id);
    }
    //: No message is sent to the lottery's winners
    m_template->addItem(tr("No message"), qint64(kNoId));
    if (context.can(Permission::MessagingManage)) {
        if (const Result<QList<MessageTemplate>> templates = context.campaigns().templates(context.actor()); templates) {
            for (const MessageTemplate &t : *templates)
                m_template->addItem(t.name, t.id);
        }
    }

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Name:"), m_name, QStringLiteral("name"));
    m_errors->addRow(form, tr("&From:"), m_from, QStringLiteral("from"));
    m_errors->addRow(form, tr("&To (included):"), m_to, QStringLiteral("to"));
    m_errors->addRow(form, tr("One ticket per &points earned:"), m_pointsPerTicket, QStringLiteral("rules"));
    form->addRow(tr("One ticket per &amount spent:"), m_amountPerTicket);
    form->addRow(tr("Tickets per p&urchase:"), m_perPurchase);
    form->addRow(tr("&Most tickets per member:"), m_maxTickets);
    m_errors->addRow(form, tr("&Winners:"), m_winners, QStringLiteral("winners"));
    m_errors->addRow(form, tr("Prize p&oints per winner:"), m_prizePoints, QStringLiteral("prizePoints"));
    m_errors->addRow(form, tr("&Gift per winner:"), m_gift, QStringLiteral("prize"));
    form->addRow(tr("Message to &winners:"), m_template);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(okCancel(this, tr("Create")));
}

std::optional<Lottery> LotteryDialog::create(UiContext &context, QWidget *parent)
{
    LotteryDialog dialog(context, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.saved();
}

void LotteryDialog::accept()
{
    m_errors->clear();
    if (m_from->date().isValid() && m_to->date().isValid() && m_to->date() < m_from->date()) {
        m_errors->show(fieldError(tr("The last day is before the first."), QStringLiteral("to")));
        return;
    }
    Lottery l;
    l.name = m_name->text();
    l.from = dayStart(m_context, m_from->date());
    l.to = dayStart(m_context, m_to->date().addDays(1));
    l.rules.pointsPerTicket = wholeNumber(m_pointsPerTicket);
    l.rules.amountPerTicket = wholeNumber(m_amountPerTicket);
    l.rules.ticketsPerPurchase = m_perPurchase->value();
    l.rules.maxTickets = m_maxTickets->value();
    l.winners = m_winners->value();
    l.prizePoints = wholeNumber(m_prizePoints);
    l.prizeProductId = m_gift->currentData().toLongLong();
    l.templateId = m_template->currentData().toLongLong();
    const Result<Lottery> made = m_context.lotteries().create(m_context.actor(), l);
    if (!made) {
        m_errors->report(made.error());
        return;
    }
    m_saved = *made;
    QDialog::accept();
}

SurveyDialog::SurveyDialog(UiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_errors(new FieldErrors(this))
    , m_name(new QLineEdit(this))
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
    , m_points(new DigitLineEdit(this))
    , m_questions(new QTableWidget(0, 2, this))
{
    setWindowTitle(tr("New Survey"));
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(context.sales().settings().zone).date();
    m_from->setDate(today);
    m_to->setDate(today.addDays(30));
    m_points->setMaxDigits(9);
    m_points->setText(QStringLiteral("0"));
    m_questions->setObjectName(QStringLiteral("surveyQuestions"));
    m_questions->setHorizontalHeaderLabels({tr("Kind"), tr("Question")});
    m_questions->horizontalHeader()->setStretchLastSection(true);
    m_questions->verticalHeader()->setVisible(true);
    m_questions->setMinimumWidth(520);

    auto *add = new QPushButton(tr("Add &rating question"), this);
    connect(add, &QPushButton::clicked, this, [this] { addQuestion(QuestionKind::Rating, {}); });
    auto *addText = new QPushButton(tr("Add &text question"), this);
    connect(addText, &QPushButton::clicked, this, [this] { addQuestion(QuestionKind::Text, {}); });
    auto *remove = new QPushButton(tr("R&emove question"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_questions->currentRow() >= 0)
            m_questions->removeRow(m_questions->currentRow());
    });

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Name:"), m_name, QStringLiteral("name"));
    m_errors->addRow(form, tr("&From:"), m_from, QStringLiteral("activeFrom"));
    m_errors->addRow(form, tr("&To (included):"), m_to, QStringLiteral("activeTo"));
    m_errors->addRow(form, tr("&Points for answering:"), m_points, QStringLiteral("points"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(addText);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Questions:"), this));
    layout->addWidget(m_questions);
    layout->addWidget(m_errors->add(QStringLiteral("questions"), m_questions));
    layout->addLayout(buttons);
    layout->addWidget(okCancel(this, tr("Create")));
    addQuestion(QuestionKind::Rating, {});
}

void SurveyDialog::addQuestion(QuestionKind kind, const QString &text)
{
    const int row = m_questions->rowCount();
    m_questions->insertRow(row);
    auto *kindItem = new QTableWidgetItem(kind == QuestionKind::Rating ? tr("Rating 1–5") : tr("Free text"));
    kindItem->setData(Qt::UserRole, int(kind));
    kindItem->setFlags(kindItem->flags() & ~Qt::ItemIsEditable);
    m_questions->setItem(row, 0, kindItem);
    m_questions->setItem(row, 1, new QTableWidgetItem(text));
    m_questions->resizeColumnToContents(0);
    m_questions->setCurrentCell(row, 1);
    if (text.isEmpty() && isVisible())
        m_questions->editItem(m_questions->item(row, 1));
}

std::optional<Survey> SurveyDialog::create(UiContext &context, QWidget *parent)
{
    SurveyDialog dialog(context, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.saved();
}

void SurveyDialog::accept()
{
    m_errors->clear();
    Survey s;
    s.name = m_name->text();
    s.activeFrom = dayStart(m_context, m_from->date());
    s.activeTo = dayStart(m_context, m_to->date().addDays(1));
    s.points = wholeNumber(m_points);
    for (int row = 0; row < m_questions->rowCount(); ++row) {
        SurveyQuestion q;
        q.kind = QuestionKind(m_questions->item(row, 0)->data(Qt::UserRole).toInt());
        q.text = m_questions->item(row, 1) ? m_questions->item(row, 1)->text() : QString();
        s.questions.append(q);
    }
    const Result<Survey> made = m_context.surveys().create(m_context.actor(), s);
    if (!made) {
        m_errors->report(made.error());
        return;
    }
    m_saved = *made;
    QDialog::accept();
}

SurveyAnswerDialog::SurveyAnswerDialog(UiContext &context, qint64 memberId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_memberId(memberId)
    , m_survey(new QComboBox(this))
    , m_questionsBox(new QWidget(this))
    , m_error(new QLabel(this))
{
    const Result<Member> member = context.members().member(context.actor(), memberId);
    //: Window title: answering a survey for the named member
    setWindowTitle(tr("Survey for %1").arg(member ? member->fullName() : QString()));
    if (const Result<QList<Survey>> open = context.surveys().openFor(context.actor(), memberId); open)
        m_surveys = *open;
    for (const Survey &s : std::as_const(m_surveys))
        m_survey->addItem(s.name, s.id);
    m_error->setObjectName(QStringLiteral("surveyAnswerError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Survey:"), m_survey);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_questionsBox);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("Record")));
    connect(m_survey, &QComboBox::currentIndexChanged, this, [this] { showSurvey(); });
    showSurvey();
}

void SurveyAnswerDialog::showSurvey()
{
    delete m_questionsBox->layout();
    qDeleteAll(m_questionsBox->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_inputs.clear();
    auto *form = new QFormLayout(m_questionsBox);
    const int index = m_survey->currentIndex();
    if (index < 0 || index >= m_surveys.size())
        return;
    QWidget *previous = m_survey;
    for (const SurveyQuestion &q : std::as_const(m_surveys.at(index).questions)) {
        QWidget *input = nullptr;
        if (q.kind == QuestionKind::Rating) {
            auto *spin = new QSpinBox(m_questionsBox);
            spin->setRange(0, 5);
            //: A rating not given yet (the box shows this until 1 to 5 is typed)
            spin->setSpecialValueText(tr("1–5"));
            spin->setToolTip(tr("Type 1 (poor) to 5 (excellent)"));
            spin->installEventFilter(this);
            input = spin;
        } else {
            auto *edit = new QLineEdit(m_questionsBox);
            edit->setMaxLength(2000);
            input = edit;
        }
        auto *label = new QLabel(q.text, m_questionsBox);
        label->setWordWrap(true);
        label->setBuddy(input);
        form->addRow(label, input);
        setTabOrder(previous, input);
        previous = input;
        m_inputs.append(input);
    }
    if (!m_inputs.isEmpty())
        m_inputs.constFirst()->setFocus();
}

bool SurveyAnswerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // However a rating box gets the focus, its text is selected, so one typed digit is the
    // rating (the empty box shows "1–5", which a digit typed after it would not replace).
    if (event->type() == QEvent::FocusIn) {
        if (auto *spin = qobject_cast<QSpinBox *>(watched))
            QTimer::singleShot(0, spin, &QSpinBox::selectAll);
    }
    return QDialog::eventFilter(watched, event);
}

bool SurveyAnswerDialog::answer(UiContext &context, qint64 memberId, QWidget *parent)
{
    SurveyAnswerDialog dialog(context, memberId, parent);
    if (!dialog.hasSurveys()) {
        MessageBox::information(parent, tr("Answer Survey"),
                                tr("There is no open survey this member has not answered yet."));
        return false;
    }
    return dialog.exec() == QDialog::Accepted;
}

void SurveyAnswerDialog::accept()
{
    const int index = m_survey->currentIndex();
    if (index < 0 || index >= m_surveys.size())
        return;
    const Survey &s = m_surveys.at(index);
    QList<SurveyAnswer> answers;
    for (int i = 0; i < s.questions.size() && i < m_inputs.size(); ++i) {
        SurveyAnswer a;
        a.questionId = s.questions.at(i).id;
        if (auto *spin = qobject_cast<QSpinBox *>(m_inputs.at(i)))
            a.rating = spin->value();
        else if (auto *edit = qobject_cast<QLineEdit *>(m_inputs.at(i)))
            a.text = edit->text();
        answers.append(a);
    }
    const Result<SurveyResponse> r = m_context.surveys().answer(m_context.actor(), s.id, m_memberId, answers);
    if (!r) {
        m_error->setText(r.error().message);
        m_error->show();
        // Focus the question at fault ("question:<id>").
        for (int i = 0; i < s.questions.size() && i < m_inputs.size(); ++i) {
            if (r.error().field == QStringLiteral("question:%1").arg(s.questions.at(i).id))
                m_inputs.at(i)->setFocus();
        }
        return;
    }
    m_recorded = *r;
    QDialog::accept();
}

} // namespace Club::Ui
