/// The tables of enumerated values.
#include "core/enums.hpp"

namespace kefu {

template <>
std::span<const EnumName<Channel>> enum_names<Channel>() {
  static constexpr EnumName<Channel> names[] = {
      {Channel::phone, "phone", "电话"},   {Channel::visit, "visit", "来访"},
      {Channel::email, "email", "邮件"},   {Channel::letter, "letter", "信函"},
      {Channel::online, "online", "在线"},
  };
  return names;
}

template <>
std::span<const EnumName<Severity>> enum_names<Severity>() {
  static constexpr EnumName<Severity> names[] = {
      {Severity::major, "major", "重大"},
      {Severity::general, "general", "一般"},
  };
  return names;
}

template <>
std::span<const EnumName<ComplaintStatus>> enum_names<ComplaintStatus>() {
  static constexpr EnumName<ComplaintStatus> names[] = {
      {ComplaintStatus::open, "open", "待响应"},
      {ComplaintStatus::processing, "processing", "处理中"},
      {ComplaintStatus::resolved, "resolved", "待回访"},
      {ComplaintStatus::closed, "closed", "已结案"},
  };
  return names;
}

template <>
std::span<const EnumName<CallbackResult>> enum_names<CallbackResult>() {
  static constexpr EnumName<CallbackResult> names[] = {
      {CallbackResult::satisfied, "satisfied", "满意"},
      {CallbackResult::basically_satisfied, "basically_satisfied", "基本满意"},
      {CallbackResult::unsatisfied, "unsatisfied", "不满意"},
  };
  return names;
}

template <>
std::span<const EnumName<Role>> enum_names<Role>() {
  static constexpr EnumName<Role> names[] = {
      {Role::assistant, "assistant", "客户助理"}, {Role::supervisor, "supervisor", "客户主管"},
      {Role::manager, "manager", "管理处经理"},   {Role::engineer, "engineer", "工程"},
      {Role::security, "security", "护卫"},       {Role::cleaner, "cleaner", "保洁"},
      {Role::finance, "finance", "财务"},
  };
  return names;
}

template <>
std::span<const EnumName<Urgency>> enum_names<Urgency>() {
  static constexpr EnumName<Urgency> names[] = {
      {Urgency::urgent, "urgent", "急修"},
      {Urgency::normal, "normal", "一般"},
  };
  return names;
}

template <>
std::span<const EnumName<RepairStatus>> enum_names<RepairStatus>() {
  static constexpr EnumName<RepairStatus> names[] = {
      {RepairStatus::logged, "logged", "待派工"},
      {RepairStatus::dispatched, "dispatched", "维修中"},
      {RepairStatus::done, "done", "待回访"},
      {RepairStatus::closed, "closed", "已完成"},
  };
  return names;
}

template <>
std::span<const EnumName<SpecialStatus>> enum_names<SpecialStatus>() {
  static constexpr EnumName<SpecialStatus> names[] = {
      {SpecialStatus::ordered, "ordered", "待服务"},
      {SpecialStatus::done, "done", "待回访"},
      {SpecialStatus::closed, "closed", "已完成"},
  };
  return names;
}

template <>
std::span<const EnumName<ContactType>> enum_names<ContactType>() {
  static constexpr EnumName<ContactType> names[] = {
      {ContactType::inquiry, "inquiry", "咨询"}, {ContactType::suggestion, "suggestion", "建议"},
      {ContactType::praise, "praise", "表扬"},   {ContactType::report, "report", "报事"},
      {ContactType::other, "other", "其他"},
  };
  return names;
}

template <>
std::span<const EnumName<OpinionStatus>> enum_names<OpinionStatus>() {
  static constexpr EnumName<OpinionStatus> names[] = {
      {OpinionStatus::collected, "collected", "待送达"},
      {OpinionStatus::sent, "sent", "待反馈措施"},
      {OpinionStatus::measures, "measures", "整改中"},
      {OpinionStatus::rectified, "rectified", "待回访"},
      {OpinionStatus::closed, "closed", "已完成"},
  };
  return names;
}

template <>
std::span<const EnumName<OpinionSource>> enum_names<OpinionSource>() {
  static constexpr EnumName<OpinionSource> names[] = {
      {OpinionSource::survey, "survey", "满意度调查"},
      {OpinionSource::suggestion, "suggestion", "建议"},
      {OpinionSource::meeting, "meeting", "座谈会"},
      {OpinionSource::visit, "visit", "走访"},
      {OpinionSource::other, "other", "其他"},
  };
  return names;
}

template <>
std::span<const EnumName<SurveyStatus>> enum_names<SurveyStatus>() {
  static constexpr EnumName<SurveyStatus> names[] = {
      {SurveyStatus::open, "open", "进行中"},
      {SurveyStatus::closed, "closed", "已结束"},
  };
  return names;
}

template <>
std::span<const EnumName<RenovationStatus>> enum_names<RenovationStatus>() {
  static constexpr EnumName<RenovationStatus> names[] = {
      {RenovationStatus::applied, "applied", "已申请"},
      {RenovationStatus::charged, "charged", "已开费用"},
      {RenovationStatus::drawings, "drawings", "图纸已齐"},
      {RenovationStatus::reviewed, "reviewed", "工程已审"},
      {RenovationStatus::checked, "checked", "客服已审"},
      {RenovationStatus::approved, "approved", "经理已批"},
      {RenovationStatus::permitted, "permitted", "施工中"},
      {RenovationStatus::accepted, "accepted", "已验收"},
      {RenovationStatus::settled, "settled", "押金已结"},
      {RenovationStatus::closed, "closed", "已结案"},
  };
  return names;
}

template <>
std::span<const EnumName<SatisfactionMeasure>> enum_names<SatisfactionMeasure>() {
  static constexpr EnumName<SatisfactionMeasure> names[] = {
      {SatisfactionMeasure::callbacks, "callbacks", "回访"},
      {SatisfactionMeasure::survey, "survey", "问卷调查"},
      {SatisfactionMeasure::both, "both", "回访与问卷调查并列"},
  };
  return names;
}

template <>
std::span<const EnumName<Occupancy>> enum_names<Occupancy>() {
  static constexpr EnumName<Occupancy> names[] = {
      {Occupancy::vacant, "vacant", "空置"},
      {Occupancy::owner_occupied, "owner_occupied", "业主自住"},
      {Occupancy::rented, "rented", "出租"},
      {Occupancy::renovating, "renovating", "装修中"},
  };
  return names;
}

}  // namespace kefu
