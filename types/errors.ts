/** Stable error codes and their default Chinese messages (safe to show to users). */
export const ERROR_MESSAGES = {
  'COMMON.BAD_REQUEST': '请求格式不正确',
  'COMMON.VALIDATION': '填写的内容有误，请检查后重试',
  'COMMON.UNKNOWN_ACTION': '不支持的操作',
  'COMMON.INTERNAL': '系统繁忙，请稍后再试',
  'COMMON.CONFLICT': '数据已被他人修改，请刷新后重试',
  'COMMON.RATE_LIMITED': '操作过于频繁，请稍后再试',
  'AUTH.NO_IDENTITY': '无法识别您的身份，请重新进入小程序',
  'AUTH.NOT_REGISTERED': '请先登录',
  'AUTH.FORBIDDEN': '您没有权限进行此操作',
  'AUTH.OUT_OF_SCOPE': '该事项不在您负责的范围内',
  'ORG.NOT_FOUND': '找不到该组织或地址',
  'ORG.NOT_A_BUILDING': '请选择到具体楼栋',
  'USER.ADDRESS_REQUIRED': '请先绑定您的住址',
  'CATEGORY.NOT_FOUND': '找不到该诉求类别',
  'CATEGORY.INACTIVE': '该诉求类别已停用，请选择其他类别',
  'TICKET.NOT_FOUND': '找不到该诉求',
  'TICKET.ILLEGAL_TRANSITION': '该诉求当前状态不能进行此操作',
  'TICKET.PHOTO_INVALID': '照片无效，请重新上传',
  // notices
  'NOTICE.NOT_FOUND': '找不到该通知',
  'NOTICE.NOT_EDITABLE': '该通知已发布，不能再修改',
  'NOTICE.NOT_PUBLISHABLE': '该通知当前状态不能发布',
  'NOTICE.NOT_WITHDRAWABLE': '该通知当前状态不能撤回',
  'NOTICE.NOT_PUBLISHED': '该通知尚未发布',
  'NOTICE.BAD_TARGET': '发布范围只能选择街道、社区、网格或楼栋',
  'NOTICE.PUBLISH_TIME_PASSED': '截止时间已过，请重新设置',
  'NOTICE.HOUSEHOLD_NOT_IN_SCOPE': '该住户不在本通知的范围内',
  'CONTENT.REJECTED': '内容含有违规信息，请修改后再提交',
  'CONTENT.IMAGE_REJECTED': '照片未通过内容安全检查，请更换后再提交',
  'CONTENT.CHECK_UNAVAILABLE': '内容安全检查暂时不可用，请稍后再试',
  'FILE.TOO_LARGE': '照片不能超过 10MB',
  'FILE.BAD_TYPE': '只能上传 JPG、PNG 或 WEBP 格式的照片',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];
