import { AppError, ErrorCode } from '../shared/errors';

export const codeTaken = () =>
  new AppError(ErrorCode.CODE_TAKEN, 'This custom code is already taken', { field: 'customCode' });
export const codeReserved = () =>
  new AppError(ErrorCode.CODE_RESERVED, 'This custom code is reserved', { field: 'customCode' });
