import { Title2 } from '@fluentui/react-components';
import { mount } from '../../ui/mount';

mount(<Title2 as="h1">Configure the OKR tab</Title2>);
