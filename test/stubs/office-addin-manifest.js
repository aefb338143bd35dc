module.exports = { OfficeApp: {} };
