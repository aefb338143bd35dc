/** JST programme module (JST-1 … JST-6): operations, templates and example builders. */
export { diagnozuj } from './diagnozuj';
export { monitoruj } from './monitoruj';
